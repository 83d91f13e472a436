// The virtualised grid's row keys (components/data/gridSlots), kept as the rows in view change:
// each assignment starts from the last one, so a row that stays in view keeps its key.
import { computed, type ComputedRef, type Ref } from 'vue'
import { assignSlots } from '@renderer/components/data/gridSlots'

export function useDataGridSlots(indices: Ref<number[]>): ComputedRef<Map<number, number>> {
  let last = new Map<number, number>()
  return computed(() => {
    last = assignSlots(last, indices.value)
    return last
  })
}
