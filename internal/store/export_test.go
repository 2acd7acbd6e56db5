package store

// DecodeSnapshot lets the benchmarks in store_test measure decodeSnapshot.
var DecodeSnapshot = decodeSnapshot
