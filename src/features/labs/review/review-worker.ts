/** Reviews one template per message, away from the page's main thread. */
import { reviewTemplate } from '../../../domain/review/review-template';

self.onmessage = (event: MessageEvent<unknown>) => {
  const text = typeof event.data === 'string' ? event.data : '';
  self.postMessage(reviewTemplate(text));
};
