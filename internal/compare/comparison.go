package compare

import (
	"encoding/json"
	"slices"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/money"
	"github.com/crossroads/crossroads/internal/projection"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// Comparison is what a saved comparison is: the paths side by side and every
// projection input. Its JSON is the stored document and, unchanged, the
// "comparison" part of the export.
type Comparison struct {
	Paths []string `json:"paths"`
	// Goal is the extra a month, take-home, the side hustle should bring.
	Goal float64 `json:"goal_per_month"`
	// JobGoal is the monthly pay, before tax, a job must reach (0 = none);
	// TakeHome what the person takes home today (0 = not given).
	JobGoal  float64               `json:"job_goal_per_month"`
	TakeHome float64               `json:"take_home_per_month"`
	Hustle   projection.SideHustle `json:"hustle"`
	Job      projection.Job        `json:"job"`
}

// UnmarshalJSON reads a stored comparison. One saved before the billable
// share existed billed every hour, and keeps doing so rather than earning
// nothing.
func (c *Comparison) UnmarshalJSON(b []byte) error {
	type plain Comparison
	p := plain{Hustle: projection.SideHustle{BillablePct: 100}}
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*c = Comparison(p)
	return nil
}

// New pre-fills a comparison of paths for a person whose answers may be nil:
// every input starts at its default, and the defaults say where each came from.
func New(paths []string, answers questionnaire.Answers) (Comparison, Prefill) {
	c := Comparison{Paths: paths}
	d := Defaults(c.CatalogPaths(), answers)
	for _, in := range inputs {
		in.Set(&c, d.For(in.Key).Value)
	}
	// Outside the United States the country's own contributions come off by
	// rule; in it, the tax input's default already holds them (15.3%).
	if country := CountryOf(answers); country != money.US {
		c.Hustle.Country = string(country)
		c.Hustle.HasDayJob = answers.Get(questionnaire.DayJob) != "none"
	}
	return c, d
}

// CatalogPaths are the chosen paths the catalog knows, in the chosen order.
func (c Comparison) CatalogPaths() []catalog.Path {
	out := make([]catalog.Path, 0, len(c.Paths))
	for _, id := range c.Paths {
		if p, ok := catalog.ByID(id); ok {
			out = append(out, p)
		}
	}
	return out
}

// HustlePath and JobPath are the paths the projection runs for: the first
// side hustle and the first full-time role among those chosen.
func (c Comparison) HustlePath() (catalog.Path, bool) { return c.firstOfMode(catalog.SideHustle) }

// JobPath: see HustlePath.
func (c Comparison) JobPath() (catalog.Path, bool) { return c.firstOfMode(catalog.FullTime) }

func (c Comparison) firstOfMode(m catalog.Mode) (catalog.Path, bool) {
	for _, id := range c.Paths {
		if p, ok := catalog.ByID(id); ok && p.Mode == m {
			return p, true
		}
	}
	return catalog.Path{}, false
}

// Country is where the comparison's person works: the currency of every
// amount in it. A comparison saved before it was asked is American.
func (c Comparison) Country() money.Country { return money.ParseCountry(c.Hustle.Country) }

// Projection is the projection input for the chosen paths: the side-hustle
// and job inputs count only when such a path is chosen.
func (c Comparison) Projection() projection.Input {
	in := projection.Input{GoalPerMonth: c.Goal, JobGoalPerMonth: c.JobGoal, TakeHomePerMonth: c.TakeHome}
	if _, ok := c.HustlePath(); ok {
		h := c.Hustle
		in.Hustle = &h
	}
	if _, ok := c.JobPath(); ok {
		j := c.Job
		in.Job = &j
	}
	return in
}

// DefaultPaths picks what to compare: with an assessment's ranking, its best
// path on each track (with the requested path in place of its track's best);
// without one, the two paths the sources give figures for, which are also
// the reference paths of the defaults, led by the requested path if any.
func DefaultPaths(ranked []string, requested string) []string {
	if len(ranked) == 0 {
		out := []string{referenceRatePath, referenceSalaryPath}
		if requested != "" && !slices.Contains(out, requested) {
			if _, ok := catalog.ByID(requested); ok {
				out = append([]string{requested}, out...)[:MaxPaths]
			}
		}
		return out
	}
	best := map[catalog.Track]string{}
	if p, ok := catalog.ByID(requested); ok {
		best[p.Track] = p.ID
	}
	for _, id := range ranked {
		if p, ok := catalog.ByID(id); ok && best[p.Track] == "" {
			best[p.Track] = id
		}
	}
	var out []string
	for _, t := range []catalog.Track{catalog.Marketing, catalog.AIJob, catalog.Hybrid} {
		if id := best[t]; id != "" {
			out = append(out, id)
		}
	}
	return out
}
