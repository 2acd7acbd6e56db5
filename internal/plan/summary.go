package plan

import (
	"strconv"
	"strings"
	"time"

	"github.com/crossroads/crossroads/internal/recommendation"
)

// Summary is the little a plan keeps of a result: enough to say what
// changed at a check-in (scores, ranking, warnings), a fraction of the
// snapshot's size.
type Summary struct {
	// MadeAt is when the summary was taken: the plan's creation or a check-in.
	MadeAt       time.Time `json:"made_at"`
	ModelVersion string    `json:"model_version,omitempty"`
	// Paths are every path, best first, with their scores.
	Paths []Ranked `json:"paths"`
	// Warnings are the result's own warnings and those of the plan's path.
	Warnings []Flag `json:"warnings,omitempty"`
}

// Ranked is one path's place in a result.
type Ranked struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Score int    `json:"score"`
}

// Flag names one warning.
type Flag struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
}

// Summarize keeps of snap what a plan for pathID compares at a check-in.
func Summarize(snap recommendation.Snapshot, pathID string, at time.Time) Summary {
	s := Summary{MadeAt: at.UTC(), ModelVersion: snap.ModelVersion, Paths: make([]Ranked, 0, len(snap.Paths))}
	// One flag per kind: the result's own warning and the path's of the
	// same kind say the same thing.
	seen := map[string]bool{}
	flag := func(w recommendation.Warning) {
		if !seen[w.Kind] {
			seen[w.Kind] = true
			s.Warnings = append(s.Warnings, Flag{Kind: w.Kind, Title: w.Title})
		}
	}
	for _, w := range snap.Warnings {
		flag(w)
	}
	for _, p := range snap.Paths {
		s.Paths = append(s.Paths, Ranked{ID: p.ID, Name: p.Name, Score: p.Score})
		if p.ID == pathID {
			for _, w := range p.Warnings {
				flag(w)
			}
		}
	}
	return s
}

// rank is the 1-based place of path id, 0 when absent.
func (s Summary) rank(id string) (int, Ranked) {
	for i, p := range s.Paths {
		if p.ID == id {
			return i + 1, p
		}
	}
	return 0, Ranked{}
}

// ChangesSince is Changes from before to the result snap: what a plan's
// page and a check-in's result say changed since the plan's baseline.
func ChangesSince(before Summary, snap recommendation.Snapshot, pathID string) []string {
	return Changes(before, Summarize(snap, pathID, time.Time{}), pathID)
}

// Changes says in words what changed from before to after for a plan on
// pathID: the model, the best fit, the plan's path, the other leading
// paths' scores and the warnings. No change gives none.
func Changes(before, after Summary, pathID string) []string {
	var out []string
	if before.ModelVersion != after.ModelVersion && before.ModelVersion != "" && after.ModelVersion != "" {
		out = append(out, "Scored with model "+after.ModelVersion+" (before: "+before.ModelVersion+").")
	}
	if len(before.Paths) > 0 && len(after.Paths) > 0 && before.Paths[0].ID != after.Paths[0].ID {
		out = append(out, "The best fit is now "+after.Paths[0].Name+" (before: "+before.Paths[0].Name+").")
	}
	br, bp := before.rank(pathID)
	ar, ap := after.rank(pathID)
	if br > 0 && ar > 0 && (br != ar || bp.Score != ap.Score) {
		out = append(out, "The plan’s path, "+ap.Name+": "+scoreMove(bp.Score, ap.Score)+", ranked "+ordinal(ar)+rankWas(br, ar)+".")
	}
	for i, p := range after.Paths {
		if i >= recommendation.Explained {
			break
		}
		if p.ID == pathID {
			continue
		}
		if r, was := before.rank(p.ID); r > 0 && was.Score != p.Score {
			out = append(out, p.Name+": "+scoreMove(was.Score, p.Score)+", ranked "+ordinal(i+1)+rankWas(r, i+1)+".")
		}
	}
	// Warnings compare by kind: a burnout warning whose hours changed is
	// the same warning, reworded.
	had := map[string]Flag{}
	for _, f := range before.Warnings {
		had[f.Kind] = f
	}
	has := map[string]bool{}
	for _, f := range after.Warnings {
		has[f.Kind] = true
		switch was, ok := had[f.Kind]; {
		case !ok:
			out = append(out, "New warning: "+strings.TrimSuffix(f.Title, ".")+".")
		case was.Title != f.Title:
			out = append(out, "Warning reworded: "+strings.TrimSuffix(f.Title, ".")+" (before: "+strings.TrimSuffix(was.Title, ".")+").")
		}
	}
	for _, f := range before.Warnings {
		if !has[f.Kind] {
			out = append(out, "No longer warned: "+strings.TrimSuffix(f.Title, ".")+".")
		}
	}
	return out
}

func scoreMove(from, to int) string {
	if from == to {
		return "still " + itoa(to)
	}
	return itoa(from) + " → " + itoa(to)
}

func rankWas(before, after int) string {
	if before == after {
		return " as before"
	}
	return " (before: " + ordinal(before) + ")"
}

// ordinal writes 1 as "1st", 2 as "2nd" and so on.
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return itoa(n) + suffix
}

func itoa(n int) string { return strconv.Itoa(n) }
