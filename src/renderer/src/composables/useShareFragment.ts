// The web edition opened with a lesson in its address (`…/#lesson=1.…`, or such a fragment put in
// the address later): the lesson is opened (the work before it kept in recovery, see
// stores/share.ts), and the fragment leaves the address bar at once, opened or refused, so a
// reload or a bookmark never opens the lesson again over the edits made since.
import { onScopeDispose } from 'vue'
import { isShareLink } from '@shared/shareLink'
import { useShareStore } from '../stores/share'

export function useShareFragment(target: Window = window): void {
  const share = useShareStore()

  function take(): void {
    const { hash, pathname, search } = target.location
    if (!isShareLink(hash)) return
    target.history.replaceState(target.history.state, '', pathname + search)
    void share.openLink(hash, 'address')
  }

  take()
  target.addEventListener('hashchange', take)
  onScopeDispose(() => target.removeEventListener('hashchange', take))
}
