// What the generated PyTorch code looks like, beyond the data and the training config.
import type { CodeCommentLanguage } from './comments'

/**
 * 'low-level': the lab's W = torch.zeros((d, 1), requires_grad=True) and b, with
 * torch.sigmoid(x_train.matmul(W) + b); 'module': the lab's BinaryClassifier(nn.Module) with
 * nn.Linear(d, 1) and nn.Sigmoid().
 */
export type PytorchCodeStyle = 'low-level' | 'module'

export const PYTORCH_CODE_STYLES: readonly PytorchCodeStyle[] = ['low-level', 'module']

export interface PytorchCodeOptions {
  style: PytorchCodeStyle
  /**
   * Log lines with the accuracy ('Epoch {:4d}/{} Cost: {:.6f} Accuracy {:2.2f}%', the lab's
   * second loop, the CLI's --accuracy); default false: 'Epoch {:4d}/{} Cost: {:.6f}'.
   */
  logAccuracy?: boolean
  /** The features' names for the comment above the data; default: the dataset's own. */
  featureNames?: readonly string[]
  /** The label's name for that comment; default 'y'. */
  labelName?: string
  /** The language of the comments; default 'en'. The code is the same in both. */
  comments?: CodeCommentLanguage
}
