package card

// WaitersOf lets the tests see a draw's waiters.
var WaitersOf = (*Drawer).waitersOf
