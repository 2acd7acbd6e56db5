// Package recommendation turns a scoring result into the snapshot stored
// with an assessment: everything the result page shows, frozen with the
// model version that made it, so later catalog or model changes never
// rewrite what someone was told.
package recommendation

import (
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/scoring"
)

// Snapshot is the stored recommendation. Its JSON is also the export format.
type Snapshot struct {
	ModelVersion         string     `json:"model_version"`
	QuestionnaireVersion string     `json:"questionnaire_version"`
	Tracks               []TrackFit `json:"tracks"`
	Paths                []PathFit  `json:"paths"`
	Warnings             []Warning  `json:"warnings"`
	// Answers are the answers the result was made from.
	Answers map[string][]string `json:"answers,omitempty"`
}

// TrackFit is a track's fit and its readable contributions.
type TrackFit struct {
	Track         catalog.Track  `json:"track"`
	Label         string         `json:"label"`
	Score         int            `json:"score"`
	Contributions []Contribution `json:"contributions"`
}

// Explained is how many of the best paths a result explains in full; their
// catalog facts are frozen into the snapshot too.
const Explained = 3

// PathFit is one ranked path with its reasons, warnings and plan.
type PathFit struct {
	ID            string         `json:"id"`
	Name          string         `json:"name"`
	Track         catalog.Track  `json:"track"`
	Score         int            `json:"score"`
	Contributions []Contribution `json:"contributions"`
	Warnings      []Warning      `json:"warnings"`
	Plan          Plan           `json:"plan"`
	// Facts is what the catalog said of the path when the result was made;
	// set for the Explained best paths only, nil for the rest.
	Facts *PathFacts `json:"facts,omitempty"`
}

// PathFacts are the catalog facts a result shows for an explained path.
type PathFacts struct {
	Summary string         `json:"summary"`
	Mode    catalog.Mode   `json:"mode"`
	Income  catalog.Income `json:"income"`
}

// Contribution is one reason a score moved, in points.
type Contribution struct {
	Label  string `json:"label"`
	Points int    `json:"points"`
}

// Warning is an honest caution with the source it rests on.
type Warning struct {
	Kind   string            `json:"kind"`
	Title  string            `json:"title"`
	Detail string            `json:"detail"`
	Cite   *catalog.Citation `json:"source,omitempty"`
}

// Plan is the 7/30/90-day first steps for a path.
type Plan struct {
	Days7  []string `json:"days_7"`
	Days30 []string `json:"days_30"`
	Days90 []string `json:"days_90"`
}

// Build freezes a scoring result into a snapshot, with path names and plans
// from the catalog as they are today.
func Build(res scoring.Result, questionnaireVersion string) Snapshot {
	s := Snapshot{ModelVersion: res.ModelVersion, QuestionnaireVersion: questionnaireVersion}
	for _, t := range res.Tracks {
		s.Tracks = append(s.Tracks, TrackFit{
			Track: t.Track, Label: t.Track.Label(), Score: t.Score, Contributions: contributions(t.Contributions),
		})
	}
	for i, p := range res.Paths {
		fit := PathFit{ID: p.PathID, Track: p.Track, Score: p.Score,
			Contributions: contributions(p.Contributions), Warnings: warnings(p.Warnings)}
		if cp, ok := catalog.ByID(p.PathID); ok {
			fit.Name = cp.Name
			fit.Plan = Plan(cp.Plan)
			if i < Explained {
				fit.Facts = &PathFacts{Summary: cp.Summary, Mode: cp.Mode, Income: cp.Income}
			}
		}
		s.Paths = append(s.Paths, fit)
	}
	s.Warnings = warnings(res.Warnings)
	return s
}

// Page is the part of the snapshot the result and share pages read: the
// Explained best paths whole, every other path as its name, track and score
// only (the pages chart those but explain only the best). It is stored
// beside the full snapshot so a page view decodes about a third of the
// bytes (docs/perf.md); the full snapshot stays the export.
func (s Snapshot) Page() Snapshot {
	page := s
	page.Paths = make([]PathFit, len(s.Paths))
	for i, p := range s.Paths {
		if i < Explained {
			page.Paths[i] = p
			continue
		}
		page.Paths[i] = PathFit{ID: p.ID, Name: p.Name, Track: p.Track, Score: p.Score}
	}
	return page
}

func contributions(cs []scoring.Contribution) []Contribution {
	out := make([]Contribution, 0, len(cs))
	for _, c := range cs {
		out = append(out, Contribution(c))
	}
	return out
}

func warnings(ws []scoring.Warning) []Warning {
	out := make([]Warning, 0, len(ws))
	for _, w := range ws {
		out = append(out, Warning(w))
	}
	return out
}
