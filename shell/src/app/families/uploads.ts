// The 'uploads' family: import its element modules (and their CSS) here; each registers itself.
export {};
