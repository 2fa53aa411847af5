/** Share links: the workspace compressed into the URL fragment, never sent to a server. */
export { decodeWorkspace, encodeWorkspace, SHARE_KEY, type DecodeFailure, type DecodeResult, type EncodeResult } from './codec';
export { shareTokenFromHash, shareUrl, withoutShareToken } from './fragment';
export { formatSize, MAX_DECOMPRESSED_BYTES, MAX_FRAGMENT_LENGTH } from './limits';
