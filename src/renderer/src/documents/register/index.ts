export { readRegisterFile, bytesToStream, type ReadRegisterOptions, type RegisterReadResult } from './read-register';
export { RegisterFileError, type RegisterFileErrorCode } from './register-file-error';
