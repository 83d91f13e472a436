// The app's version, as package.json has it (Vite keeps only this field of the file): what a saved
// session and an ONNX model record as the program that wrote them.
import { version } from '../../../../package.json'

export const APP_VERSION: string = version
