package recommendation

import (
	"reflect"
	"testing"
)

func TestPageKeepsTheExplainedPathsWholeAndTrimsTheRest(t *testing.T) {
	full := Snapshot{ModelVersion: "m", Tracks: []TrackFit{{Track: "ai-job", Score: 70}},
		Warnings: []Warning{{Kind: "k", Title: "t"}}, Answers: map[string][]string{"q": {"1"}}}
	for i := range Explained + 3 {
		full.Paths = append(full.Paths, PathFit{
			ID: string(rune('a' + i)), Name: "Path", Track: "ai-job", Score: 90 - i, Fit: "Strong fit", Clashes: []string{"keep-day-job"},
			Contributions: []Contribution{{Label: "Base", Points: 40}},
			Warnings:      []Warning{{Kind: "w"}},
			Plan:          Plan{Days7: []string{"start"}},
		})
	}
	before := full.Paths[Explained]

	page := full.Page()
	if len(page.Paths) != len(full.Paths) {
		t.Fatalf("page has %d paths; want all %d (the chart shows them)", len(page.Paths), len(full.Paths))
	}
	for i, p := range page.Paths {
		want := full.Paths[i]
		if i >= Explained {
			want = PathFit{ID: want.ID, Name: want.Name, Track: want.Track, Score: want.Score, Fit: want.Fit, Clashes: want.Clashes}
		}
		if !reflect.DeepEqual(p, want) {
			t.Errorf("path %d = %+v; want %+v", i, p, want)
		}
	}
	if !reflect.DeepEqual(page.Tracks, full.Tracks) || !reflect.DeepEqual(page.Warnings, full.Warnings) ||
		!reflect.DeepEqual(page.Answers, full.Answers) || page.ModelVersion != full.ModelVersion {
		t.Error("page changed the tracks, warnings, answers or model version")
	}
	if !reflect.DeepEqual(full.Paths[Explained], before) {
		t.Error("Page trimmed the full snapshot it was made from")
	}
}
