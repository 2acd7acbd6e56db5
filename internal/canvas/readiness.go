package canvas

// Item is one line of the readiness breakdown.
type Item struct {
	Key    string `json:"key"`
	Label  string `json:"label"`
	Points int    `json:"points"`
	Max    int    `json:"max"`
}

// Weight is one line of the readiness model, for a "how the self-check works" page.
type Weight struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Max   int    `json:"max"`
	How   string `json:"how"` // how partial points are given
}

// weights sum to 100. The niche, the value exchange and the three questions
// weigh most because the first article names them as the tests a side
// hustle fails on; advantage and commoditisation are single boxes that an
// honest sentence fills.
var weights = []Weight{
	{"niche", "A specific niche", 15, "All or nothing: the niche names an industry, a role, a size or a place."},
	{"pains", "Pain points with how often and how badly", 15, "Share of the listed pain points that have a description, how often and a severity; none listed scores 0."},
	{"evidence", "Evidence behind pains and dependencies", 10, "Average over pain points and dependencies: assumption 0, observed half, validated full; none listed scores 0."},
	{"value", "A value exchange with a price", 15, "5 when what they get and what they give are both described, 5 when a price is set, 5 when a number appears in any of them."},
	{"channels", "A channel to reach customers", 10, "All or nothing: a channel is named."},
	{"advantage", "Domain advantage", 5, "All or nothing: the advantage box is filled."},
	{"commoditisation", "An answer to commoditisation", 5, "All or nothing: the box on what stops a copycat is filled."},
	{"dependencies", "Platform dependencies with a plan B", 10, "Share of the listed dependencies that have a mitigation; none listed scores 0, since every such idea runs on some platform."},
	{"questions", "The three questions answered yes", 15, "5 for each yes."},
}

// ReadinessModel returns the readiness items, their maximum points and how each is scored.
func ReadinessModel() []Weight {
	return append([]Weight(nil), weights...)
}

// readiness scores each item; partial items round down so the parts always
// add up to the total shown.
func readiness(c Canvas) []Item {
	var pains, complete, claims, evidence, deps, mitigated int
	for _, p := range c.Pains {
		if p.Blank() {
			continue
		}
		pains++
		claims++
		evidence += p.Evidence.level()
		if !isEmpty(p.What) && !isEmpty(p.HowOften) && p.severity() > 0 {
			complete++
		}
	}
	for _, d := range c.Dependencies {
		if d.Blank() {
			continue
		}
		deps++
		claims++
		evidence += d.Evidence.level()
		if !isEmpty(d.Mitigation) {
			mitigated++
		}
	}

	value := 0
	if !isEmpty(c.ValueGet) && !isEmpty(c.ValueGive) {
		value += 5
	}
	if !isEmpty(c.Price) {
		value += 5
	}
	if hasDigit(c.ValueGet + c.ValueGive + c.Price) {
		value += 5
	}

	yes := 0
	for _, a := range []Answer{c.RealProblem, c.JustifiesTime, c.Aligned} {
		if a == Yes {
			yes++
		}
	}

	items := make([]Item, len(weights))
	for i, w := range weights {
		var p int
		switch w.Key {
		case "niche":
			p = all(!isEmpty(c.Niche) && nicheSpecific(c.Niche), w.Max)
		case "pains":
			p = share(complete, pains, w.Max)
		case "evidence":
			p = share(evidence, 2*claims, w.Max)
		case "value":
			p = value
		case "channels":
			p = all(!isEmpty(c.Channels), w.Max)
		case "advantage":
			p = all(!isEmpty(c.Advantage), w.Max)
		case "commoditisation":
			p = all(!isEmpty(c.Commoditisation), w.Max)
		case "dependencies":
			p = share(mitigated, deps, w.Max)
		case "questions":
			p = 5 * yes
		}
		items[i] = Item{Key: w.Key, Label: w.Label, Points: p, Max: w.Max}
	}
	return items
}

func all(ok bool, max int) int {
	if ok {
		return max
	}
	return 0
}

// share gives max × n/d points rounded down, and 0 when there is nothing to count.
func share(n, d, max int) int {
	if d == 0 {
		return 0
	}
	return max * n / d
}
