/** Worker thread of `keywarden scan`: scans each batch of files with the options it was started with. */
import { serveBatches } from './pool';
import { scanFile, type FileOptions, type FileReport } from './scan-file';

serveBatches<string[], FileReport[]>((files, options) =>
  files.map((file) => scanFile(file, options as FileOptions)),
);
