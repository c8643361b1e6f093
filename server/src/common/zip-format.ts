// The ZIP format's record signatures and header fields (APPNOTE.TXT), shared by the archive
// writer (zip-stream.ts) and the upload checker (zip-reader.ts).
export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL = 0x06054b50;
export const ZIP64_END_OF_CENTRAL = 0x06064b50;
export const DATA_DESCRIPTOR = 0x08074b50;
export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_UTF8 = 0x0800;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;
export const ZIP64_EXTRA = 0x0001;
