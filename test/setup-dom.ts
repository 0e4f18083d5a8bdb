import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Pages load lazily; on a busy two-core machine the first import can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
