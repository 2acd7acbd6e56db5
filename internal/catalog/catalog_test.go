package catalog_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/catalog/catalogtest"
)

func TestTracks(t *testing.T) {
	want := []catalog.Track{catalog.Marketing, catalog.AIJob, catalog.Hybrid}
	got := catalog.Tracks()
	if len(got) != len(want) {
		t.Fatalf("Tracks() = %v, want %v", got, want)
	}
	for i, tr := range got {
		if tr != want[i] {
			t.Errorf("Tracks()[%d] = %q, want %q", i, tr, want[i])
		}
		if !tr.Valid() || tr.Label() == string(tr) || tr.Summary() == "" {
			t.Errorf("track %q lacks a label or summary", tr)
		}
	}
	if catalog.Track("nope").Valid() {
		t.Error("unknown track reported valid")
	}
}

func TestSkillsHaveLabels(t *testing.T) {
	seen := map[catalog.Skill]bool{}
	for _, s := range catalog.Skills() {
		if seen[s] {
			t.Errorf("skill %q listed twice", s)
		}
		seen[s] = true
		if s.Label() == string(s) || s.Label() == "" {
			t.Errorf("skill %q has no label", s)
		}
	}
	for _, s := range []catalog.Skill{catalog.Writing, catalog.Persuasion, catalog.Analytics, catalog.Programming,
		catalog.Maths, catalog.Domain, catalog.Client, catalog.Prompting} {
		if !seen[s] {
			t.Errorf("Skills() misses %q", s)
		}
	}
}

var slugRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// slugify is how the marketing-vs-ai section IDs are derived from its headings.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

func TestSources(t *testing.T) {
	srcs := catalog.Sources()
	if len(srcs) != 2 {
		t.Fatalf("want 2 sources, got %d", len(srcs))
	}
	for _, src := range srcs {
		if src.Title == "" {
			t.Errorf("source %s has no title", src.ID)
		}
		if got, ok := catalog.SourceByID(src.ID); !ok || got.ID != src.ID {
			t.Errorf("SourceByID(%q) failed", src.ID)
		}
		ids := map[string]bool{}
		for _, sec := range src.Sections {
			if ids[sec.ID] {
				t.Errorf("%s: section %q twice", src.ID, sec.ID)
			}
			ids[sec.ID] = true
			if !slugRe.MatchString(sec.ID) || sec.Title == "" {
				t.Errorf("%s: bad section %+v", src.ID, sec)
			}
			if src.ID == catalog.MarketingVsAI && sec.ID != slugify(sec.Title) {
				t.Errorf("%s: section %q should be slug %q", src.ID, sec.ID, slugify(sec.Title))
			}
		}
	}
	if _, ok := catalog.SourceByID("nope"); ok {
		t.Error("SourceByID found an unknown source")
	}
}

func TestCitationAnchor(t *testing.T) {
	c := catalog.Citation{Source: catalog.MarketingVsAI, Section: catalog.SectionIncome}
	if got, want := c.Anchor(), "marketing-vs-ai--income-potential-and-market-demand"; got != want {
		t.Errorf("Anchor() = %q, want %q", got, want)
	}
	src, sec, ok := c.Resolve()
	if !ok || src.ID != catalog.MarketingVsAI || sec.Title != "Income Potential and Market Demand" {
		t.Errorf("Resolve() = %v %v %v", src.ID, sec, ok)
	}
	if _, _, ok := (catalog.Citation{Source: catalog.SideHustles, Section: "nope"}).Resolve(); ok {
		t.Error("Resolve accepted an unknown section")
	}
}

func TestCatalogShape(t *testing.T) {
	all := catalog.All()
	if len(all) < 14 {
		t.Fatalf("want at least 14 paths, got %d", len(all))
	}
	perTrack := map[catalog.Track]int{}
	ids := map[string]bool{}
	for _, p := range all {
		perTrack[p.Track]++
		if ids[p.ID] {
			t.Errorf("path ID %q twice", p.ID)
		}
		ids[p.ID] = true
		if got, ok := catalog.ByID(p.ID); !ok || got.Name != p.Name {
			t.Errorf("ByID(%q) failed", p.ID)
		}
	}
	for _, tr := range catalog.Tracks() {
		if perTrack[tr] < 4 {
			t.Errorf("track %s has %d paths, want at least 4", tr, perTrack[tr])
		}
	}
	if _, ok := catalog.ByID("nope"); ok {
		t.Error("ByID found an unknown path")
	}
	// The paths the product design names must all be there.
	for _, id := range []string{
		"social-media-management", "seo-consulting", "email-marketing", "paid-ads", "copywriting",
		"prompt-engineer", "ai-ethics-specialist", "ml-engineer-generative", "ai-research-scientist",
		"ai-consulting", "ai-market-research", "custom-chatbots", "ai-micro-saas", "ai-content-creation",
		"custom-models", "ai-copywriting",
	} {
		if !ids[id] {
			t.Errorf("catalog lacks %q", id)
		}
	}
}

func TestEveryPathIsComplete(t *testing.T) {
	knownSkill := map[catalog.Skill]bool{}
	for _, s := range catalog.Skills() {
		knownSkill[s] = true
	}
	knownRisk := map[catalog.Risk]bool{
		catalog.RiskRentedLand: true, catalog.RiskCommoditisation: true,
		catalog.RiskHypeCycle: true, catalog.RiskBurnout: true,
	}
	for _, p := range catalog.All() {
		t.Run(p.ID, func(t *testing.T) {
			if !slugRe.MatchString(p.ID) || p.Name == "" || p.Summary == "" {
				t.Errorf("missing ID, name or summary")
			}
			if !p.Track.Valid() {
				t.Errorf("bad track %q", p.Track)
			}
			if p.Mode != catalog.SideHustle && p.Mode != catalog.FullTime {
				t.Errorf("bad mode %q", p.Mode)
			}
			if len(p.Skills) == 0 {
				t.Error("no skill needs")
			}
			seen := map[catalog.Skill]bool{}
			core := false
			for _, n := range p.Skills {
				if !knownSkill[n.Skill] || seen[n.Skill] {
					t.Errorf("unknown or repeated skill %q", n.Skill)
				}
				seen[n.Skill] = true
				if n.Level < 1 || n.Level > 5 {
					t.Errorf("skill %s level %d outside 1–5", n.Skill, n.Level)
				}
				core = core || n.Level >= 4
				if p.Need(n.Skill) != n.Level {
					t.Errorf("Need(%s) = %d, want %d", n.Skill, p.Need(n.Skill), n.Level)
				}
			}
			if !core {
				t.Error("no skill at level 4 or 5: the path would have no distinctive profile")
			}
			for _, a := range catalog.Axes() {
				r, ok := p.Rating(a.ID)
				if !ok {
					t.Fatalf("Rating(%q) unknown", a.ID)
				}
				if r.Level < 1 || r.Level > 5 {
					t.Errorf("%s: level %d outside 1–5", a.ID, r.Level)
				}
				checkText(t, a.ID, r.Text, r.Cite)
			}
			checkText(t, "hours", p.HoursPerWeek.Text, p.HoursPerWeek.Cite)
			if p.HoursPerWeek.Known && (p.HoursPerWeek.Low <= 0 || p.HoursPerWeek.High < p.HoursPerWeek.Low) {
				t.Errorf("hours: bad range %d–%d", p.HoursPerWeek.Low, p.HoursPerWeek.High)
			}
			in := p.Income
			if in.Note == "" {
				t.Error("income has no note")
			}
			if in.Known {
				if in.Low <= 0 || in.High < in.Low || in.Cite == nil {
					t.Errorf("income: bad known range %v–%v or no citation", in.Low, in.High)
				}
				switch in.Unit {
				case catalog.PerHour, catalog.PerMonth, catalog.PerYear:
				default:
					t.Errorf("income: bad unit %q", in.Unit)
				}
			} else {
				if in.Low != 0 || in.High != 0 || in.Unit != "" {
					t.Error("income: figures set although Known is false")
				}
				if !strings.Contains(in.Note, "sources give no figure") {
					t.Errorf("income: unknown figure must say so: %q", in.Note)
				}
			}
			for name, steps := range map[string][]string{"7": p.Plan.Days7, "30": p.Plan.Days30, "90": p.Plan.Days90} {
				if len(steps) == 0 {
					t.Errorf("plan: no %s-day steps", name)
				}
				for _, s := range steps {
					if strings.TrimSpace(s) == "" {
						t.Errorf("plan: empty %s-day step", name)
					}
				}
			}
			if len(p.Risks) == 0 {
				t.Error("no risks listed")
			}
			for _, r := range p.Risks {
				if !knownRisk[r] {
					t.Errorf("unknown risk %q", r)
				}
			}
			if p.Mode == catalog.SideHustle && !p.HasRisk(catalog.RiskBurnout) {
				t.Error("side hustle without the burnout risk")
			}
			if p.Track == catalog.AIJob && !p.HasRisk(catalog.RiskHypeCycle) {
				t.Error("AI job without the hype-cycle risk")
			}
			// A risk's warning quotes the matching axis, so that axis must cite.
			for risk, axis := range map[catalog.Risk]catalog.Rated{
				catalog.RiskRentedLand:      p.PlatformDependency,
				catalog.RiskCommoditisation: p.Commoditisation,
				catalog.RiskHypeCycle:       p.Volatility,
			} {
				if p.HasRisk(risk) && axis.Cite == nil {
					t.Errorf("risk %s needs a cited axis", risk)
				}
			}
		})
	}
}

// checkText enforces "cite, or say the sources are silent".
func checkText(t *testing.T, field, text string, c *catalog.Citation) {
	t.Helper()
	if strings.TrimSpace(text) == "" {
		t.Errorf("%s: no text", field)
	}
	if c == nil && !strings.Contains(text, "sources") {
		t.Errorf("%s: no citation, and the text does not say the sources are silent: %q", field, text)
	}
}

// TestSkillProfilesAreDistinct guards the property the scoring relies on:
// within a track, no path's needs are covered by another path's needs, so
// each path is the best match for some set of skills.
func TestSkillProfilesAreDistinct(t *testing.T) {
	all := catalog.All()
	for _, p := range all {
		for _, q := range all {
			if p.ID == q.ID || p.Track != q.Track {
				continue
			}
			covered := true
			for _, s := range catalog.Skills() {
				if q.Need(s) > p.Need(s) {
					covered = false
				}
			}
			if covered {
				t.Errorf("%s's needs are all within %s's: %s can never be the better match", q.ID, p.ID, q.ID)
			}
		}
	}
}

func TestCitationsAreVerbatim(t *testing.T) {
	texts := catalogtest.Load(t)
	for _, p := range catalog.All() {
		for _, a := range catalog.Axes() {
			if r, _ := p.Rating(a.ID); r.Cite != nil {
				texts.Check(t, p.ID+"."+a.ID, *r.Cite)
			}
		}
		if c := p.HoursPerWeek.Cite; c != nil {
			texts.Check(t, p.ID+".hours", *c)
		}
		if c := p.Income.Cite; c != nil {
			texts.Check(t, p.ID+".income", *c)
		}
		if len(p.Citations()) == 0 {
			t.Errorf("%s cites nothing", p.ID)
		}
	}
}

// TestIncomeFiguresMatchSources pins the only figures the catalog states,
// so an edit cannot drift from what the articles print.
func TestIncomeFiguresMatchSources(t *testing.T) {
	want := map[string]catalog.Income{
		"seo-consulting":  {Known: true, Low: 50, High: 150, OpenEnded: true, Unit: catalog.PerHour},
		"prompt-engineer": {Known: true, Low: 175000, High: 300000, Unit: catalog.PerYear},
	}
	for _, p := range catalog.All() {
		w, ok := want[p.ID]
		if !ok {
			if p.Income.Known {
				t.Errorf("%s states an income figure the sources do not give", p.ID)
			}
			continue
		}
		got := p.Income
		if got.Known != w.Known || got.Low != w.Low || got.High != w.High || got.OpenEnded != w.OpenEnded || got.Unit != w.Unit {
			t.Errorf("%s income = %+v, want %+v", p.ID, got, w)
		}
	}
}

func TestAllReturnsIndependentCopies(t *testing.T) {
	a := catalog.All()
	a[0].Name = "changed"
	a[0].Skills[0].Level = 0
	a[0].Demand.Cite.Quote = "changed"
	b := catalog.All()
	if b[0].Name == "changed" || b[0].Skills[0].Level == 0 || b[0].Demand.Cite.Quote == "changed" {
		t.Error("All() shares state between calls")
	}
	p, _ := catalog.ByID(b[0].ID)
	p.Plan.Days7[0] = "changed"
	p.Income.Note = "changed"
	if q, _ := catalog.ByID(b[0].ID); q.Plan.Days7[0] == "changed" || q.Income.Note == "changed" {
		t.Error("ByID() shares state between calls")
	}
}

// TestFieldMatches: every field but "other" names real paths, each path
// knows its fields, and every citation is verbatim.
func TestFieldMatches(t *testing.T) {
	texts := catalogtest.Load(t)
	ms := catalog.FieldMatches()
	if len(ms) != len(catalog.Fields()) {
		t.Fatalf("%d field matches for %d fields", len(ms), len(catalog.Fields()))
	}
	for i, m := range ms {
		if m.Field != catalog.Fields()[i] || m.Why == "" {
			t.Errorf("match %d: field %q out of order or without a reason", i, m.Field)
		}
		if m.Field == catalog.FieldOther {
			if len(m.Paths) != 0 {
				t.Errorf("other matches %v", m.Paths)
			}
			continue
		}
		if len(m.Paths) == 0 || m.Cite == nil {
			t.Errorf("%s: no paths or no citation", m.Field)
			continue
		}
		texts.Check(t, "field "+string(m.Field), *m.Cite)
		for _, id := range m.Paths {
			p, ok := catalog.ByID(id)
			if !ok || !p.Fit.InField(m.Field) {
				t.Errorf("%s names %q, which is not a path or does not know the field", m.Field, id)
			}
		}
	}
	// The articles' own examples.
	for id, f := range map[string]catalog.Field{"ai-market-research": catalog.FieldMarketResearch, "ai-micro-saas": catalog.FieldECommerce} {
		if p, _ := catalog.ByID(id); !p.Fit.InField(f) {
			t.Errorf("%s is not in %s", id, f)
		}
	}
}
