// The bridge: exposes the LabApi's named methods and nothing else (filled in with live training).
import { contextBridge } from 'electron'

contextBridge.exposeInMainWorld('labApi', { platform: 'electron' })
