// The web edition's documents worker: encoding, decoding and the IndexedDB backups off the page's
// thread (see webDocumentService.ts), answering each request with its id.
import { createStore, delMany, get, keys, setMany } from 'idb-keyval'
import { createDocumentService } from './webDocumentService'
import type { DocumentEnvelope, DocumentReply } from './webDocumentProtocol'
import { requestFromWire, wireResponse } from './sessionTransfer'

const store = createStore('logit-lab-documents', 'backups')

const service = createDocumentService({
  get: (key) => get(key, store),
  setMany: (entries) => setMany(entries, store),
  delMany: (keyList) => delMany(keyList, store),
  keys: async () => (await keys(store)).map(String)
})

self.addEventListener('message', (event: MessageEvent<DocumentEnvelope>) => {
  const { id, request } = event.data
  void service.handle(requestFromWire(request)).then((response) => {
    const { message, transfer } = wireResponse(response)
    const reply: DocumentReply = { id, response: message }
    self.postMessage(reply, { transfer })
  })
})
