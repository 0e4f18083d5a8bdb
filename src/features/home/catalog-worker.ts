/**
 * Lists every card's id and topic off the main thread: planning the whole bank is the
 * heaviest work Home has, and on a phone it blocked the page just after it appeared.
 */
import { listHomeCatalog, type HomeCatalogData } from './list-home-catalog';

// The app's type library is the DOM's, whose `postMessage` is a window's.
const scope = globalThis as unknown as { postMessage(message: HomeCatalogData): void };

scope.postMessage(listHomeCatalog());
