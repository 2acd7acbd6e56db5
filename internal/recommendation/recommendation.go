// Package recommendation turns a scoring result into the snapshot an
// assessment's result pages show, with the model version that made it, so
// a later model never rewrites what someone was told. It is stored in a
// compact form (Stored: the model's numbers, not its sentences or the
// catalog's copy), expanded again when read.
package recommendation

import (
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/scoring"
)

// Snapshot is the stored recommendation. Its JSON is also the export format.
//
// Snapshots made by scoring model 1 have no must-haves, close call or
// contribution factors; their contributions carry a Label instead, and the
// pages show them as they were.
type Snapshot struct {
	ModelVersion         string     `json:"model_version"`
	QuestionnaireVersion string     `json:"questionnaire_version"`
	Tracks               []TrackFit `json:"tracks"`
	Paths                []PathFit  `json:"paths"`
	Warnings             []Warning  `json:"warnings"`
	// MustHaves are the must-haves the answers set (scoring model 2 on).
	MustHaves []string `json:"must_haves,omitempty"`
	// Close compares the two best paths (scoring model 2 on).
	Close *Close `json:"close,omitempty"`
	// SetAside are the paths the owner said are not for them; they rank last.
	SetAside []string `json:"set_aside,omitempty"`
	// Costs are the must-haves that cost points, Lifted the vetoes the
	// owner lifted (scoring model 3 on).
	Costs  []string `json:"costs,omitempty"`
	Lifted []string `json:"lifted,omitempty"`
	// Overruled is the better fit a must-have set aside (model 3 on).
	Overruled *scoring.Overruled `json:"overruled,omitempty"`
	// TrackLines say why each track ranks where it does (model 3 on).
	TrackLines []scoring.TrackLine `json:"track_lines,omitempty"`
	// Answers are the answers the result was made from.
	Answers map[string][]string `json:"answers,omitempty"`
}

// TrackFit is a track's fit: the fit of its best path.
type TrackFit struct {
	Track         catalog.Track  `json:"track"`
	Label         string         `json:"label"`
	Score         int            `json:"score"`
	BestPath      string         `json:"best_path,omitempty"`
	Clashes       int            `json:"clashes,omitempty"`
	Contributions []Contribution `json:"contributions,omitempty"` // model 1 only
}

// Explained is how many of the best paths the result pages explain whole;
// the rest show their name, track and score.
const Explained = 3

// PathFit is one ranked path with its reasons, warnings and plan.
type PathFit struct {
	ID            string         `json:"id"`
	Name          string         `json:"name"`
	Track         catalog.Track  `json:"track"`
	Score         int            `json:"score"`
	Fit           string         `json:"fit,omitempty"`
	Clashes       []string       `json:"clashes,omitempty"`
	Contributions []Contribution `json:"contributions"`
	Warnings      []Warning      `json:"warnings"`
	Plan          Plan           `json:"plan"`
	// Facts is what the catalog said of the path when the result was made.
	Facts *PathFacts `json:"facts,omitempty"`
}

// PathFacts are the catalog facts a result shows for a path.
type PathFacts struct {
	Summary string         `json:"summary"`
	Mode    catalog.Mode   `json:"mode"`
	Income  catalog.Income `json:"income"`
	// What the path asks: our weekly-hours estimate and its 1–5 ratings.
	Hours             int `json:"hours,omitempty"`
	LearningCurve     int `json:"learning_curve,omitempty"`
	UpfrontInvestment int `json:"upfront_investment,omitempty"`
	TimeToFirstIncome int `json:"time_to_first_income,omitempty"`
	// UpfrontText is what the sources say about the money it takes.
	UpfrontText string `json:"upfront_text,omitempty"`
}

// Contribution is one reason a score moved, in points. Factor names what
// moved it (see scoring.Contribution), Kind what kind of reason it is
// (model 3 on; [Contribution.PartKind] gives it with the skill for every
// model); Label is set by scoring model 1 only.
type Contribution struct {
	Factor string           `json:"factor,omitempty"`
	Kind   scoring.PartKind `json:"kind,omitempty"`
	Label  string           `json:"label,omitempty"`
	Points int              `json:"points"`
	Path   int              `json:"path,omitempty"`
}

// Scoring returns the contribution as the scoring model reads it.
func (c Contribution) Scoring() scoring.Contribution {
	return scoring.Contribution{Factor: c.Factor, Kind: c.Kind, Points: c.Points, Path: c.Path}
}

// PartKind is what kind of reason the contribution is, and for a skill
// which skill, for a result of any model: stored from model 3 on, worked
// out from the factor name for model 2, and from the label for model 1
// (whose start reads "Base…"; its other reasons count as answers).
func (c Contribution) PartKind() (scoring.PartKind, catalog.Skill) {
	if c.Factor == "" {
		if strings.HasPrefix(c.Label, "Base") {
			return scoring.PartBase, ""
		}
		return scoring.PartAnswer, ""
	}
	return c.Scoring().PartKind()
}

// IsFitReason reports whether the contribution is a reason the path fits
// the person: it adds points, comes from their answers (not the start or
// the barrier, not a model-2 clamp) and, for a skill, their rating (in
// answers) reaches the path's need.
func (c Contribution) IsFitReason(answers map[string][]string) bool {
	if c.Points <= 0 {
		return false
	}
	kind, skill := c.PartKind()
	switch kind {
	case scoring.PartBase, scoring.PartBarrier, scoring.PartHeld:
		return false
	case scoring.PartSkill:
		vals := answers["skill-"+string(skill)]
		if len(vals) == 0 {
			return false
		}
		level, err := strconv.Atoi(vals[0])
		return err == nil && level >= c.Path
	}
	return true
}

// Warning is an honest caution with the source it rests on, written for the
// owner (Title, Detail) and for the share view (About, AboutTitle, each
// empty when the owner's wording already names nobody).
type Warning struct {
	Kind       string            `json:"kind"`
	Title      string            `json:"title"`
	Detail     string            `json:"detail"`
	About      string            `json:"about,omitempty"`
	AboutTitle string            `json:"about_title,omitempty"`
	Cite       *catalog.Citation `json:"source,omitempty"`
}

// Close says whether the top two are a close call and what would tip it.
type Close struct {
	Kind string `json:"kind,omitempty"` // scoring.Tie, scoring.CloseCall or ""
	Gap  int    `json:"gap"`
	// TieBreak is the ranking rule that put the best of a tie first
	// (model 3 on; [Snapshot.TieBreak] works it out for model 2).
	TieBreak  string        `json:"tie_break,omitempty"`
	Tips      []scoring.Tip `json:"tips,omitempty"`
	Outscored string        `json:"outscored,omitempty"`
}

// TieBreak is the rule that listed the best path first when the top two
// tie: scoring.TieBreakSum, TieBreakBarrier or TieBreakOrder, "" without a
// tie. Results of model 3 on carry it; for model 2 it is worked out the way
// that model ranked: the sum before the score was held to 100, then what
// the path asks to start, then catalog order.
func (s Snapshot) TieBreak() string {
	if s.Close == nil || s.Close.Kind != scoring.Tie || len(s.Paths) < 2 {
		return ""
	}
	if s.Close.TieBreak != "" {
		return s.Close.TieBreak
	}
	best, runner := s.Paths[0], s.Paths[1]
	if heldSum(best) != heldSum(runner) {
		return scoring.TieBreakSum
	}
	if asks(best) != asks(runner) {
		return scoring.TieBreakBarrier
	}
	return scoring.TieBreakOrder
}

// heldSum is a model-2 path's sum before it was held to 0–100.
func heldSum(p PathFit) int {
	sum := 0
	for _, c := range p.Contributions {
		if k, _ := c.PartKind(); k != scoring.PartHeld {
			sum += c.Points
		}
	}
	return sum
}

func asks(p PathFit) int {
	if p.Facts == nil {
		return 0
	}
	return p.Facts.LearningCurve + p.Facts.UpfrontInvestment + p.Facts.TimeToFirstIncome
}

// Plan is the 7/30/90-day first steps for a path.
type Plan struct {
	Days7  []string `json:"days_7"`
	Days30 []string `json:"days_30"`
	Days90 []string `json:"days_90"`
}

// Build freezes a scoring result into a snapshot, with path names, facts
// and plans from the catalog as they are today.
func Build(res scoring.Result, questionnaireVersion string) Snapshot {
	s := Snapshot{ModelVersion: res.ModelVersion, QuestionnaireVersion: questionnaireVersion,
		MustHaves: res.MustHaves, SetAside: res.SetAside, Warnings: warnings(res.Warnings),
		Costs: res.Costs, Lifted: res.Lifted, Overruled: res.Overruled, TrackLines: res.TrackLines,
		Close: &Close{Kind: res.Close.Kind, Gap: res.Close.Gap, TieBreak: res.Close.TieBreak, Tips: res.Close.Tips, Outscored: res.Close.Outscored}}
	for _, t := range res.Tracks {
		s.Tracks = append(s.Tracks, TrackFit{Track: t.Track, Label: t.Track.Label(), Score: t.Score, BestPath: t.BestPath, Clashes: t.Clashes})
	}
	for _, p := range res.Paths {
		fit := PathFit{ID: p.PathID, Track: p.Track, Score: p.Score, Fit: scoring.FitWordFor(p.Score), Clashes: p.Clashes,
			Contributions: contributions(p.Contributions), Warnings: warnings(p.Warnings)}
		if cp, ok := catalog.ByID(p.PathID); ok {
			fit.Name = cp.Name
			fit.Plan = Plan(cp.Plan)
			fit.Facts = FactsOf(cp)
		}
		s.Paths = append(s.Paths, fit)
	}
	return s
}

// FactsOf returns what a snapshot freezes of a catalog path; pages also use
// it for results stored before snapshots carried facts.
func FactsOf(p catalog.Path) *PathFacts {
	return &PathFacts{Summary: p.Summary, Mode: p.Mode, Income: p.Income, Hours: p.Fit.Hours,
		LearningCurve: p.LearningCurve.Level, UpfrontInvestment: p.UpfrontInvestment.Level,
		TimeToFirstIncome: p.TimeToFirstIncome.Level, UpfrontText: p.UpfrontInvestment.Text}
}

func contributions(cs []scoring.Contribution) []Contribution {
	out := make([]Contribution, 0, len(cs))
	for _, c := range cs {
		out = append(out, Contribution{Factor: c.Factor, Kind: c.Kind, Points: c.Points, Path: c.Path})
	}
	return out
}

// warnings keeps the share view's wording only where it differs from the
// owner's: most path risks name nobody and read the same for both.
func warnings(ws []scoring.Warning) []Warning {
	out := make([]Warning, 0, len(ws))
	for _, w := range ws {
		about := w.About
		if about == w.Detail {
			about = ""
		}
		out = append(out, Warning{Kind: w.Kind, Title: w.Title, Detail: w.Detail, About: about, AboutTitle: w.AboutTitle, Cite: w.Cite})
	}
	return out
}
