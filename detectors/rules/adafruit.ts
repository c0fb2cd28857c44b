import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Adafruit IO keys: "aio_" + 28 alphanumerics, or 32 hex for older accounts. */
export const adafruitRules = [
  defineRule({
    id: 'adafruit-io-key',
    provider: 'adafruit',
    title: 'Adafruit IO key',
    keywords: ['adafruit', 'aio_key', 'aio-key'],
    // https://io.adafruit.com/api/docs/#authentication
    pattern: nearKeyword('adafruit|aio[_-]key', 'aio_[A-Za-z0-9]{28}|[a-f0-9]{32}'),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://io.adafruit.com/',
    examples: () => {
      const f = fake(2531);
      const a = 'aio' + '_' + f.chars(28);
      const b = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `ADAFRUIT_IO_KEY=${a}`, secret: a },
          { text: `-H "X-AIO-Key: ${b}"`, secret: b },
        ],
        noMatch: [
          { text: `ADAFRUIT_IO_USERNAME=${f.chars(10, 'lower')}`, why: 'user name' },
          { text: `aio_read_buffer_size_in_bytes_64`, why: 'a C identifier' },
        ],
      };
    },
  }),
];
