// PyTorch code for the current data and settings (issue 11 §3): pytorchCode(dataset, config,
// options) and its option types.
export { pytorchCode } from './pytorchCode'
export { PYTORCH_CODE_STYLES, type PytorchCodeOptions, type PytorchCodeStyle } from './options'
export { CODE_COMMENT_LANGUAGES, type CodeCommentLanguage } from './comments'
