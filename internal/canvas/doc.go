// Package canvas models one side-hustle idea as a one-page niche / pain-point
// canvas and checks it against the principles of the first source article,
// "AI Side Hustles: The New Gold Rush or Just Fool’s Gold?": start from a
// specific niche's pain point, create an unequal value exchange, treat domain
// expertise as the real advantage, beware building on rented land and
// commoditisation, and answer the article's three questions.
//
// The package is pure Go: no HTTP, no SQL. It has three entry points.
//
//   - [Canvas.Validate] reports hard input errors only (too long, unreadable,
//     out of range). An empty canvas is valid: it is a draft, and drafts are
//     saved so that no work is lost.
//   - [Check] runs the self-check: findings per box, a readiness score with a
//     breakdown, and the riskiest assumption.
//   - [Rules] and [ReadinessModel] return the same rules and weights as data,
//     so a "how the self-check works" page cannot drift from the code.
//
// # Messages never quote the user
//
// Finding messages and Risk.Why are generated text only; they never repeat
// what the user typed. A read-only share link can hide free-text answers, and
// a message that quoted them would leak them. Risk.Summary is the one
// exception: it is the user's own claim and must be hidden with free text.
//
// # Niche heuristic
//
// A niche counts as specific when at least one of these holds (words are
// lower-cased; stop words such as "for", "the", "who" are skipped):
//
//  1. it contains a number ("agencies with under 20 staff");
//  2. it names a role or industry: a word from a short list ("dental",
//     "e-commerce", "restaurants", "shopify", "parents"…) or a word that ends
//     like a role noun: -ers, -ors, -ists, -ians, -ist, -ian ("bookkeepers",
//     "realtors", "dentists", "physicians");
//  3. it names a place: a non-generic word after "in", "near", "around",
//     "across", "within", "from" or "based" ("freelancers in Lisbon");
//  4. it has at least two different words that are neither stop words nor
//     generic ("vintage furniture restorers", "wedding planners").
//
// Generic words are audience words that fit anyone: "people", "everyone",
// "small", "businesses", "customers", "owners", "online", "local", "area"…
// So "small businesses", "everyone" and "people in my area" are vague, while
// "small e-commerce stores" (first article) and "local dentist offices"
// (second article) are specific. A word that merely ends like a role noun
// but is generic ("owners", "users", "customers") does not count. The
// heuristic is deliberately simple so that a user can predict it; a false
// alarm costs one ignored warning.
//
// # Readiness
//
// Readiness is the sum of the items below (see [ReadinessModel]); partial
// items are rounded down, so the breakdown always sums to the total.
//
//	specific niche                              15  all or nothing
//	pains with what, how often and severity     15  share of listed pains that are complete
//	evidence behind pains and dependencies      10  average: assumption 0, observed ½, validated 1
//	value exchange with a price                 15  5 both sides described, 5 price set, 5 a number anywhere in it
//	a channel                                   10  box filled
//	domain advantage                             5  box filled
//	answer to commoditisation                    5  box filled
//	platform dependencies with a plan B         10  share of listed dependencies with a mitigation; none listed = 0
//	three questions answered yes                15  5 per "yes"
//
// Dependencies listed but none mitigated score 0, and so does an empty
// dependencies box: every digital-marketing or AI side hustle runs on some
// platform, so "none" is more likely unexamined than true.
//
// # Riskiest assumption
//
// Candidates are the pain points and platform dependencies that are not
// validated. Each gets a score = severity × uncertainty, where uncertainty is
// 2 for an assumption and 1 for an observation. A pain's severity is the one
// the user gave (unset counts as 3, the middle: unknown is not mild). A
// dependency counts as severe — 4, or 5 when it has no mitigation — because a
// platform change the user does not control can stop the whole idea. Ties go
// to the weaker evidence, then the higher severity, then canvas order (pains
// before dependencies). When every candidate is validated there is no
// assumption left and the riskiest is nil.
package canvas
