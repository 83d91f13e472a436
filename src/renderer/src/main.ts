// The renderer's start: the platform's LabApi (desktop bridge or web worker), the stores, the
// translations and the styles, then the window.
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { labApi } from './platform'
import { provideLabApi } from './platform/labApiInjection'
import { createAppI18n } from './i18n'
import { useDatasetStore } from './stores/dataset'
import { reshapeTextOnFontLoad } from './styles/reshapeOnFontLoad'
import './styles/fonts.css'
import './styles/theme.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/settings.css'
import './styles/presentation.css'
import './styles/report.css'

reshapeTextOnFontLoad()
const app = createApp(App)
provideLabApi(app, labApi)
const pinia = createPinia()
app.use(pinia)
app.use(createAppI18n())
// First start: the lab's six students and (the settings store's defaults) the lab's settings.
useDatasetStore(pinia).loadLabData()
app.mount('#app')
