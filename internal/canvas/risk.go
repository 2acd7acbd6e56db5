package canvas

import (
	"fmt"
	"strconv"
	"strings"
)

// Risk names the riskiest assumption on the canvas: the claim to test first.
type Risk struct {
	Box string `json:"box"` // "pains.N" or "dependencies.N"
	// Summary is the user's own words for the claim; hide it wherever free text is hidden.
	Summary string `json:"summary"`
	Why     string `json:"why"` // generated explanation, never quotes the user
}

// Severity weights for the riskiest-assumption score (see the package doc).
const (
	unsetPainSeverity        = 3 // unknown is not mild
	dependencySeverity       = 4 // a platform change can stop the idea, mitigated or not
	unmitigatedDependencySev = 5
)

type candidate struct {
	box, summary                 string
	n, severity, level           int
	dependency, mitigated, unset bool
}

// score is severity × uncertainty, uncertainty being 2 for an assumption and
// 1 for an observation.
func (c candidate) score() int { return c.severity * (2 - c.level) }

// riskier orders candidates: higher score, then weaker evidence, then higher
// severity; equal ones keep canvas order because the caller keeps the first.
func (c candidate) riskier(o candidate) bool {
	if c.score() != o.score() {
		return c.score() > o.score()
	}
	if c.level != o.level {
		return c.level < o.level
	}
	return c.severity > o.severity
}

// riskiest returns the untested claim with the highest score, or nil when
// every pain and dependency is validated or none is listed.
func riskiest(c Canvas) *Risk {
	var best *candidate
	consider := func(k candidate) {
		if k.level >= Validated.level() {
			return
		}
		if best == nil || k.riskier(*best) {
			best = &k
		}
	}
	for i, p := range c.Pains {
		if p.Blank() {
			continue
		}
		k := candidate{box: "pains." + strconv.Itoa(i), n: i + 1,
			summary: strings.TrimSpace(p.What), severity: p.severity(), level: p.Evidence.level()}
		if k.severity == 0 {
			k.severity, k.unset = unsetPainSeverity, true
		}
		if k.summary == "" {
			k.summary = fmt.Sprintf("Pain point %d", k.n)
		}
		consider(k)
	}
	for i, d := range c.Dependencies {
		if d.Blank() {
			continue
		}
		k := candidate{box: "dependencies." + strconv.Itoa(i), dependency: true, n: i + 1,
			severity: dependencySeverity, level: d.Evidence.level(), mitigated: !isEmpty(d.Mitigation)}
		if !k.mitigated {
			k.severity = unmitigatedDependencySev
		}
		k.summary = "Relying on " + strings.TrimSpace(d.Platform)
		if isEmpty(d.Platform) {
			k.summary = fmt.Sprintf("Platform dependency %d", k.n)
		}
		consider(k)
	}
	if best == nil {
		return nil
	}
	return &Risk{Box: best.box, Summary: best.summary, Why: best.why()}
}

func (c candidate) why() string {
	if c.dependency {
		switch {
		case !c.mitigated:
			return fmt.Sprintf("A platform dependency with no plan B counts as severity %d of %d: a change outside the owner’s control can stop the idea, and dependency %d has nothing to fall back on. Read the platform’s terms, prices and limits, and write a plan B.", c.severity, MaxSeverity, c.n)
		case c.level == Observed.level():
			return fmt.Sprintf("A platform dependency counts as severity %d of %d: a change outside the owner’s control can stop the idea. Dependency %d has a plan B that has been seen to work but not yet relied on. Run part of the work on the plan B.", c.severity, MaxSeverity, c.n)
		default:
			return fmt.Sprintf("A platform dependency counts as severity %d of %d: a change outside the owner’s control can stop the idea. Dependency %d has a plan B, but it is untested. Try the plan B before relying on the platform.", c.severity, MaxSeverity, c.n)
		}
	}
	evidence := "it is still an assumption: nobody in the niche has confirmed it"
	if c.level == Observed.level() {
		evidence = "it is observed but not validated: nobody has paid or committed yet"
	}
	rated := fmt.Sprintf("Pain point %d is rated %d of %d", c.n, c.severity, MaxSeverity)
	if c.unset {
		rated = fmt.Sprintf("Pain point %d has no severity yet (counted as %d of %d)", c.n, c.severity, MaxSeverity)
	}
	return fmt.Sprintf("%s and %s. If it is wrong, the idea has nothing to sell. Test it first: ask people in the niche how often it happens and what they do about it now.", rated, evidence)
}
