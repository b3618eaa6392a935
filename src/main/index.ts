// placeholder, replaced by the main-process work
export {};
