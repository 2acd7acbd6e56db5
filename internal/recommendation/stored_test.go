package recommendation

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

// middle is a complete answer set: every question at its middle value or
// first option, then the overrides.
func middle(def questionnaire.Definition, over map[string][]string) questionnaire.Answers {
	a := questionnaire.Answers{}
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			switch q.Kind {
			case questionnaire.Scale, questionnaire.Number:
				a[q.ID] = []string{strconv.Itoa((q.Min + q.Max) / 2)}
			case questionnaire.Single, questionnaire.Multi:
				a[q.ID] = []string{q.Options[0].Value}
			default:
				a[q.ID] = []string{"Retail logistics"}
			}
		}
	}
	for k, v := range over {
		a[k] = v
	}
	return a
}

// scored is the snapshot the step save makes.
func scored(def questionnaire.Definition, a questionnaire.Answers, opt scoring.Options) Snapshot {
	s := Build(scoring.ScoreWith(def, a, opt), def.Version)
	s.Answers = a.Clone()
	return s
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := jsonv2.Marshal(v, jsonv2.Deterministic(true))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestStoredFormGivesBackTheSnapshot: for results with and without
// must-haves, clashes, an overruled path, paths set aside, lifted
// must-haves, a tie and answers changed since, the compact form is
// written, expands to exactly the snapshot it was made from (every field
// the pages and the export read), and is a small part of its size.
func TestStoredFormGivesBackTheSnapshot(t *testing.T) {
	def := questionnaire.Default()
	developer := map[string][]string{"skill-programming": {"5"}, "skill-domain": {"5"}, "domain-field": {"ecommerce"},
		"style-contact": {"2"}, "skill-client": {"2"}, "goal-outcomes": {"own-business"}, "risk-platforms": {"1"},
		"skill-prompting": {"4"}, "skill-writing": {"3"}, "ai-tools": {"daily"}, "style-variety": {"2"},
		"style-abstraction": {"4"}, "day-job": {"keep"}, "hustle-hours": {"12"}}
	cases := []struct {
		name string
		over map[string][]string
		opt  scoring.Options
		// rowDiffers: the row's answers were changed after the result.
		rowDiffers bool
	}{
		{name: "middle of the road", over: nil},
		{name: "burnout and little runway", over: map[string][]string{"dayjob-hours": {"50"}, "hustle-hours": {"20"}, "day-job": {"switch"}, "runway": {"1"}, "income-goal": {"20000"}, "job-pay-goal": {"30000"}}},
		{name: "a must-have overrules a better fit", over: developer},
		{name: "lifted must-have", over: developer, opt: scoring.Options{Lift: []string{scoring.MustOwnPlatforms}}},
		{name: "paths set aside", over: developer, opt: scoring.Options{SetAside: []string{"ai-micro-saas", "copywriting"}}},
		{name: "no hours and no budget", over: map[string][]string{"hustle-hours": {"0"}, "budget": {"0"}, "risk-change": {"avoid"}}},
		{name: "answers changed since", over: nil, rowDiffers: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := middle(def, c.over)
			snap := scored(def, a, c.opt)
			row := map[string][]string(a)
			if c.rowDiffers {
				row = a.Clone()
				row["hustle-hours"] = []string{"3"}
			}
			st, ok := Compact(snap, def, row)
			if !ok {
				t.Fatal("Compact refused a current-model snapshot")
			}
			if (st.Answers != nil) != c.rowDiffers {
				t.Errorf("stored answers %v; want them only when the row's differ", st.Answers != nil)
			}
			back, err := Expand(st, def, row)
			if err != nil {
				t.Fatal(err)
			}
			if want, got := mustJSON(t, snap), mustJSON(t, back); !bytes.Equal(want, got) {
				t.Errorf("expanded snapshot differs:\n%s", diffAt(want, got))
			}
			raw, err := Encode(snap, def, row)
			if err != nil {
				t.Fatal(err)
			}
			if !IsStored(raw) {
				t.Fatalf("Encode wrote the full form: %.80s", raw)
			}
			decoded, err := Decode(raw, def, row)
			if err != nil || !bytes.Equal(mustJSON(t, decoded), mustJSON(t, snap)) {
				t.Errorf("Decode(Encode) = %v, differs %v", err, !bytes.Equal(mustJSON(t, decoded), mustJSON(t, snap)))
			}
			if full := len(mustJSON(t, snap)); len(raw)*4 > full {
				t.Errorf("compact form is %d bytes of the full %d; want under a quarter", len(raw), full)
			}
		})
	}
}

// TestStoredFormRefusesWhatItCannotGiveBack: snapshots the compact form
// would change are stored whole, and Decode reads them as before.
func TestStoredFormRefusesWhatItCannotGiveBack(t *testing.T) {
	def := questionnaire.Default()
	a := middle(def, nil)
	cases := map[string]func(*Snapshot){
		"an earlier model": func(s *Snapshot) { s.ModelVersion = "crossroads-score/2" },
		"no answers":       func(s *Snapshot) { s.Answers = nil },
		"catalog text changed since": func(s *Snapshot) {
			f := *s.Paths[0].Facts
			f.Summary = "What the catalog said then"
			s.Paths[0].Facts = &f
		},
		"a plan step changed since": func(s *Snapshot) { s.Paths[1].Plan.Days7 = []string{"An older first step"} },
		"a warning worded otherwise": func(s *Snapshot) {
			s.Paths[0].Warnings = append(s.Paths[0].Warnings, Warning{Kind: "hours", Title: "Old"})
		},
		"a factor with a space":       func(s *Snapshot) { s.Paths[0].Contributions[0].Factor = "two words" },
		"a model-1 label":             func(s *Snapshot) { s.Paths[0].Contributions[0].Label = "Base" },
		"a contribution with no kind": func(s *Snapshot) { s.Paths[0].Contributions[1].Kind = scoring.PartNone },
		"a track's score":             func(s *Snapshot) { s.Tracks[0].Score++ },
		"reasons scoring does not give again": func(s *Snapshot) {
			last := &s.Paths[len(s.Paths)-1]
			last.Contributions = append([]Contribution(nil), last.Contributions...)
			last.Contributions[0].Points++
		},
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			snap := scored(def, a, scoring.Options{})
			snap.Paths = append([]PathFit(nil), snap.Paths...)
			snap.Paths[0].Contributions = append([]Contribution(nil), snap.Paths[0].Contributions...)
			change(&snap)
			if _, ok := Compact(snap, def, a); ok {
				t.Fatal("Compact accepted a snapshot it cannot give back")
			}
			raw, err := Encode(snap, def, a)
			if err != nil {
				t.Fatal(err)
			}
			if IsStored(raw) {
				t.Fatal("Encode wrote the compact form")
			}
			back, err := Decode(raw, def, a)
			if err != nil || !bytes.Equal(mustJSON(t, back), mustJSON(t, snap)) {
				t.Errorf("the full form does not read back: %v", err)
			}
		})
	}
}

// TestCompactFormNamesItsModel: a compact result can only be expanded by
// the model that made it, because its words come from scoring its answers
// again. A new scoring model must first rewrite the stored compact results
// of this one in full form (Decode, then the full snapshot's JSON) with
// this code, in a migration step, before this code goes.
func TestCompactFormNamesItsModel(t *testing.T) {
	if scoring.ModelVersion != "crossroads-score/3" {
		t.Fatalf("scoring model %s: rewrite compact results of crossroads-score/3 in full form first (see recommendation.Stored)", scoring.ModelVersion)
	}
	def := questionnaire.Default()
	a := middle(def, nil)
	st, ok := Compact(scored(def, a, scoring.Options{}), def, a)
	if !ok {
		t.Fatal("Compact refused")
	}
	st.Model = "crossroads-score/4"
	if _, err := Expand(st, def, a); !errors.Is(err, ErrNotExpandable) {
		t.Errorf("Expand of another model's compact result = %v; want ErrNotExpandable", err)
	}
}

func TestReasonsRoundTrip(t *testing.T) {
	cs := []Contribution{
		{Factor: "base", Kind: scoring.PartBase, Points: 50},
		{Factor: "skill:writing", Kind: scoring.PartSkill, Points: -7, Path: 4},
		{Factor: "goal-outcomes:own-business", Kind: scoring.PartAnswer, Points: 3},
		{Factor: "odd", Kind: scoring.PartCost, Points: 0}, // a kind its name does not give
	}
	s, ok := encodeReasons(cs)
	if !ok || s != "base 50,skill:writing -7 4,goal-outcomes:own-business 3,odd 0 0 cost" {
		t.Fatalf("encodeReasons = %q, %v", s, ok)
	}
	back, err := decodeReasons(s)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range back {
		if c != cs[i].Scoring() {
			t.Errorf("reason %d = %+v; want %+v", i, c, cs[i])
		}
	}
	for _, bad := range []string{"base", "base x", "base 1 y", "base 1 2 nonsense", "a 1 2 3 4", "base 1 2 "} {
		if _, err := decodeReasons(bad); err == nil && bad != "base 1 2 " {
			t.Errorf("decodeReasons(%q) accepted it", bad)
		}
	}
}

// FuzzStoredForm: for any answers (read as the questionnaire would take
// them, valid or not), set-aside paths and lifted must-haves, the compact
// form is written and gives back exactly the snapshot, or is refused and
// the full snapshot is stored; either way Decode(Encode(s)) is s.
func FuzzStoredForm(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9}, uint8(0), uint8(0))
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0}, uint8(3), uint8(1))
	f.Add([]byte{255, 128, 64, 32, 16, 8, 4, 2, 1, 0, 99}, uint8(200), uint8(7))
	def := questionnaire.Default()
	var questions []questionnaire.Question
	for _, s := range def.Sections {
		questions = append(questions, s.Questions...)
	}
	f.Fuzz(func(t *testing.T, values []byte, aside, lift uint8) {
		a := questionnaire.Answers{}
		for i, q := range questions {
			if i >= len(values) {
				break
			}
			v := int(values[i])
			switch {
			case v == 0:
				continue // unanswered
			case q.Kind == questionnaire.Single || q.Kind == questionnaire.Multi:
				a[q.ID] = []string{q.Options[v%len(q.Options)].Value}
			case q.Kind == questionnaire.Scale || q.Kind == questionnaire.Number:
				a[q.ID] = []string{strconv.Itoa(q.Min + v%(q.Max-q.Min+2))} // sometimes out of range
			default:
				a[q.ID] = []string{strings.Repeat("x", v%7)}
			}
		}
		var opt scoring.Options
		all := scoring.Score(def, a).Paths
		for i := range all {
			if aside&(1<<(i%8)) != 0 && i < 8 {
				opt.SetAside = append(opt.SetAside, all[i].PathID)
			}
		}
		for i, id := range []string{scoring.MustSteadyIncome, scoring.MustOwnPlatforms, scoring.MustKeepJob} {
			if lift&(1<<i) != 0 {
				opt.Lift = append(opt.Lift, id)
			}
		}
		snap := scored(def, a, opt)
		st, ok := Compact(snap, def, a)
		if !ok {
			t.Fatalf("Compact refused a current-model snapshot for %v", a)
		}
		back, err := Expand(st, def, a)
		if err != nil {
			t.Fatal(err)
		}
		if want, got := mustJSON(t, snap), mustJSON(t, back); !bytes.Equal(want, got) {
			t.Fatalf("expanded snapshot differs:\n%s", diffAt(want, got))
		}
	})
}

// FuzzDecodeReasons: any stored text is read or refused, never a panic,
// and what is read writes back to the same text.
func FuzzDecodeReasons(f *testing.F) {
	f.Add("base 50,skill:writing -7 4,odd 0 0 cost")
	f.Add(",,")
	f.Add("a 1 2 3")
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := decodeReasons(s)
		if err != nil {
			return
		}
		back := make([]Contribution, len(cs))
		for i, c := range cs {
			back[i] = Contribution{Factor: c.Factor, Kind: c.Kind, Points: c.Points, Path: c.Path}
		}
		again, ok := encodeReasons(back)
		if !ok {
			return
		}
		cs2, err := decodeReasons(again)
		if err != nil || len(cs2) != len(cs) {
			t.Fatalf("%q read as %+v, written as %q, read again as %+v (%v)", s, cs, again, cs2, err)
		}
		for i := range cs {
			if cs[i] != cs2[i] {
				t.Fatalf("%q: reason %d %+v became %+v", s, i, cs[i], cs2[i])
			}
		}
	})
}

// diffAt shows where two JSON documents part.
func diffAt(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(i-120, 0)
	return "…" + string(a[from:min(i+120, len(a))]) + "\n  versus\n…" + string(b[from:min(i+120, len(b))])
}
