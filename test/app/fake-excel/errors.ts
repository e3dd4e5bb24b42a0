// Office.js errors as the fake Excel throws them: a RichApi.Error with Excel's code (ItemNotFound,
// InvalidObjectPath, RequestPayloadSizeLimitExceeded…), the shape host-errors.ts reads.

export function officeError(code: string, message: string): Error {
  const error = new Error(message);
  error.name = "RichApi.Error";
  (error as Error & { code: string }).code = code;
  return error;
}
