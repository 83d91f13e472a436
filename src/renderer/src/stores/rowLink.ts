// Which row of the data the student is at, in the table or on the plot, so the other view can
// show it too: the point of the focused (or pointed-at) table row gets a ring, and the table row
// of the point under the pointer is highlighted. Row indices as in the table.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useRowLinkStore = defineStore('rowLink', () => {
  /** The row focused or pointed at in the data table. */
  const tableRow = ref<number | null>(null)
  /** The row pointed at or picked on the decision plot. */
  const plotRow = ref<number | null>(null)
  return { tableRow, plotRow }
})
