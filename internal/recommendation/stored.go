package recommendation

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
)

// Stored is the compact form a finished result is stored in (issue 27):
// only what the answers, the model version and the catalog cannot give
// back. Expand rebuilds the whole Snapshot from it; Compact makes it, and
// refuses whenever that would not give back exactly the snapshot it was
// given (then the full snapshot is stored, as before).
//
// Kept, because nothing else records it (the scoring model's numbers as
// they came out when the person was told them):
//   - the ranking: each path's ID in rank order, its score and the
//     must-haves it breaks;
//   - the reasons of the Explained best paths, the ones the pages explain:
//     every contribution (factor, points, the path's need for a skill, the
//     kind where the factor's name does not give it);
//   - the warning kinds of each path and of the result, in order;
//   - the must-haves, their costs, the lifted ones, the paths set aside;
//   - the close call (kind, gap, tie-break rule, tips, outscored path);
//   - the track lines, less their citation;
//   - the model and questionnaire versions, and the answers when they are
//     not the row's own (the owner changed an answer since).
//
// Rebuilt when read, because they are copies: the contributions of the
// other paths (shown only in the export; scoring the same answers again
// gives them, and Compact checks that it does before it leaves them out),
// each path's name, track,
// facts and plan (the catalog by path ID), its fit word (the model's
// bands by score), the tracks (the best path of each, as scoring ranks
// them), the overruled path (the outscored path's own score and clashes),
// and every warning's words and citation and each track line's citation:
// scoring the stored answers again with the same model gives them, as
// they are sentences about those answers and the catalog's sourced text.
//
// The compact form is only written for the current model
// (scoring.ModelVersion), whose code Expand runs. Before that version
// changes, rows in this form must be rewritten in full form by the code
// that can still expand them (TestCompactFormNamesItsModel says so).
type Stored struct {
	// Form tells this form from a full snapshot: jsonb puts its one-letter
	// key first, so a reader knows which it holds from the first bytes.
	Form          int          `json:"v"`
	Model         string       `json:"model"`
	Questionnaire string       `json:"questionnaire"`
	Paths         []StoredPath `json:"paths"`
	Warnings      []string     `json:"warnings,omitempty"`
	MustHaves     []string     `json:"must_haves,omitempty"`
	Costs         []string     `json:"costs,omitempty"`
	Lifted        []string     `json:"lifted,omitempty"`
	SetAside      []string     `json:"set_aside,omitempty"`
	Close         *Close       `json:"close,omitempty"`
	// TrackLines are stored without their citation (Cite is nil).
	TrackLines []scoring.TrackLine `json:"track_lines,omitempty"`
	// Answers are set only when they differ from the row's answers.
	Answers map[string][]string `json:"answers,omitempty"`
}

// StoredPath is one ranked path of a Stored result.
type StoredPath struct {
	ID      string   `json:"id"`
	Score   int      `json:"score"`
	Clashes []string `json:"clashes,omitempty"`
	// Reasons are the contributions, one "factor points [need [kind]]"
	// each, comma-separated (see encodeReasons), for the Explained best
	// paths only; the others' are scored again.
	Reasons  string   `json:"reasons,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
}

// StoredForm is the value of Stored.Form.
const StoredForm = 1

// storedPrefix is how a Stored result's JSON starts, as jsonb writes it
// (keys shortest first) and as Go writes it.
var storedPrefixes = [][]byte{[]byte(`{"v": `), []byte(`{"v":`)}

// IsStored reports whether raw (a result column's JSON) is in the compact
// form rather than a full snapshot.
func IsStored(raw []byte) bool {
	for _, p := range storedPrefixes {
		if bytes.HasPrefix(raw, p) {
			return true
		}
	}
	return false
}

// ErrNotExpandable is a compact result whose model is not the one this
// code scores with.
var ErrNotExpandable = errors.New("recommendation: compact result of another scoring model")

// Decode reads a result column: the compact form (expanded against def,
// with rowAnswers, the row's answers column as stored, where the result
// keeps none of its own) or a full snapshot of any model.
func Decode(raw []byte, def questionnaire.Definition, rowAnswers map[string][]string) (Snapshot, error) {
	if !IsStored(raw) {
		var snap Snapshot
		err := jsonv2.Unmarshal(raw, &snap)
		return snap, err
	}
	var st Stored
	if err := jsonv2.Unmarshal(raw, &st); err != nil {
		return Snapshot{}, err
	}
	return Expand(st, def, rowAnswers)
}

// Encode is what to store for snap in a row whose answers column holds
// rowAnswers: the compact form when it expands back to exactly snap, else
// the full snapshot.
func Encode(snap Snapshot, def questionnaire.Definition, rowAnswers map[string][]string) ([]byte, error) {
	if st, ok := Compact(snap, def, rowAnswers); ok {
		return jsonv2.Marshal(st)
	}
	return jsonv2.Marshal(snap)
}

// Compact makes the stored form of s, for a row whose answers column
// holds rowAnswers. ok is false when Expand would not give s back exactly
// (a model other than the current one, a path the catalog no longer has,
// catalog text changed since s was made, a factor name the encoding cannot
// hold): s must then be stored whole.
func Compact(s Snapshot, def questionnaire.Definition, rowAnswers map[string][]string) (st Stored, ok bool) {
	if s.ModelVersion != scoring.ModelVersion || s.Answers == nil {
		return Stored{}, false
	}
	st = Stored{Form: StoredForm, Model: s.ModelVersion, Questionnaire: s.QuestionnaireVersion,
		Warnings: kinds(s.Warnings), MustHaves: s.MustHaves, Costs: s.Costs, Lifted: s.Lifted, SetAside: s.SetAside}
	if !sameAnswers(s.Answers, rowAnswers) {
		st.Answers = s.Answers
	}
	if s.Close != nil {
		c := *s.Close
		st.Close = &c
	}
	for _, l := range s.TrackLines {
		l.Cite = nil
		st.TrackLines = append(st.TrackLines, l)
	}
	for i, p := range s.Paths {
		var reasons string
		if i < Explained {
			if reasons, ok = encodeReasons(p.Contributions); !ok {
				return Stored{}, false
			}
		}
		st.Paths = append(st.Paths, StoredPath{ID: p.ID, Score: p.Score, Clashes: p.Clashes, Reasons: reasons, Warnings: kinds(p.Warnings)})
	}
	back, err := Expand(st, def, rowAnswers)
	if err != nil {
		return Stored{}, false
	}
	want, err1 := jsonv2.Marshal(s, jsonv2.Deterministic(true))
	got, err2 := jsonv2.Marshal(back, jsonv2.Deterministic(true))
	if err1 != nil || err2 != nil || !bytes.Equal(want, got) {
		return Stored{}, false
	}
	return st, true
}

// Expand rebuilds the snapshot st was made from: its numbers as stored,
// the rest from the catalog and from scoring the answers again with the
// same model (see Stored). rowAnswers are the row's answers column as
// stored, the result's own answers unless st keeps others.
func Expand(st Stored, def questionnaire.Definition, rowAnswers map[string][]string) (Snapshot, error) {
	if st.Form != StoredForm || st.Model != scoring.ModelVersion {
		return Snapshot{}, fmt.Errorf("%w: form %d, model %q", ErrNotExpandable, st.Form, st.Model)
	}
	answers := st.Answers
	if answers == nil {
		answers = rowAnswers
	}
	scored := questionnaire.Answers(answers)
	if st.Questionnaire != def.Version {
		if up, ok := questionnaire.Upgrade(st.Questionnaire, scored); ok {
			scored = up
		}
	}
	again := scoring.ScoreWith(def, scored, scoring.Options{SetAside: st.SetAside, Lift: st.Lifted})

	res := scoring.Result{ModelVersion: st.Model, MustHaves: st.MustHaves, Costs: st.Costs, Lifted: st.Lifted,
		SetAside: st.SetAside, Paths: make([]scoring.PathFit, 0, len(st.Paths))}
	if st.Close != nil {
		res.Close = scoring.Close{Kind: st.Close.Kind, Gap: st.Close.Gap, TieBreak: st.Close.TieBreak, Tips: st.Close.Tips, Outscored: st.Close.Outscored}
	}
	for i, sp := range st.Paths {
		cp, ok := catalog.ByID(sp.ID)
		if !ok {
			return Snapshot{}, fmt.Errorf("recommendation: stored path %q is not in the catalog", sp.ID)
		}
		rescored, _ := again.Path(sp.ID)
		cs := rescored.Contributions
		if i < Explained {
			var err error
			if cs, err = decodeReasons(sp.Reasons); err != nil {
				return Snapshot{}, fmt.Errorf("recommendation: path %s: %w", sp.ID, err)
			}
		}
		res.Paths = append(res.Paths, scoring.PathFit{PathID: sp.ID, Track: cp.Track, Score: sp.Score, Clashes: sp.Clashes,
			SetAside: slices.Contains(st.SetAside, sp.ID), Contributions: cs, Warnings: pick(rescored.Warnings, sp.Warnings)})
	}
	res.Tracks = scoring.TrackFits(res.Paths)
	res.Warnings = pick(again.Warnings, st.Warnings)
	if o, ok := res.Path(res.Close.Outscored); ok {
		res.Overruled = &scoring.Overruled{PathID: o.PathID, Score: o.Score, MustHaves: o.Clashes}
	}
	for i, l := range st.TrackLines {
		if i < len(again.TrackLines) {
			if a := again.TrackLines[i]; a.Track == l.Track && a.Code == l.Code && a.Reason.Factor == l.Reason.Factor {
				l.Cite = a.Cite
			}
		}
		res.TrackLines = append(res.TrackLines, l)
	}
	snap := Build(res, st.Questionnaire)
	if st.Close == nil {
		snap.Close = nil
	}
	snap.Answers = answers
	return snap, nil
}

// pick returns, for each stored warning kind in order, the next warning of
// that kind the answers give again. A kind they no longer give (possible
// only if the model's code changed without a new version) keeps its kind
// and loses its words rather than failing the page.
func pick(rescored []scoring.Warning, stored []string) []scoring.Warning {
	out := make([]scoring.Warning, 0, len(stored))
	used := make([]bool, len(rescored))
	for _, kind := range stored {
		w := scoring.Warning{Kind: kind}
		for i, r := range rescored {
			if !used[i] && r.Kind == kind {
				used[i], w = true, r
				break
			}
		}
		out = append(out, w)
	}
	return out
}

func kinds(ws []Warning) []string {
	if len(ws) == 0 {
		return nil
	}
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Kind
	}
	return out
}

// sameAnswers reports whether two answer sets hold the same answers.
func sameAnswers(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		w, ok := b[k]
		if !ok || !slices.Equal(v, w) {
			return false
		}
	}
	return true
}

// encodeReasons writes contributions as "factor points [need [kind]]",
// comma-separated: a fraction of their JSON objects' size. The kind is
// written only where the factor's name does not give it
// (scoring.KindOfFactor). ok is false for a factor name holding a space
// or a comma, or a model-1 label, which this form cannot hold.
func encodeReasons(cs []Contribution) (string, bool) {
	var b strings.Builder
	for i, c := range cs {
		if c.Factor == "" || c.Label != "" || strings.ContainsAny(c.Factor, " ,") {
			return "", false
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(c.Factor)
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(c.Points))
		kind, _ := scoring.KindOfFactor(c.Factor)
		explicit := c.Kind != kind
		if c.Path != 0 || explicit {
			b.WriteByte(' ')
			b.WriteString(strconv.Itoa(c.Path))
		}
		if explicit {
			if c.Kind == scoring.PartNone {
				return "", false // "" would read back as no kind written
			}
			b.WriteByte(' ')
			b.WriteString(c.Kind.String())
		}
	}
	return b.String(), true
}

// decodeReasons reads what encodeReasons wrote; every contribution it
// gives carries its kind, as model 3 stores them.
func decodeReasons(s string) ([]scoring.Contribution, error) {
	out := make([]scoring.Contribution, 0, strings.Count(s, ",")+1)
	if s == "" {
		return out, nil
	}
	for item := range strings.SplitSeq(s, ",") {
		fields := strings.Fields(item)
		if len(fields) < 2 || len(fields) > 4 {
			return nil, fmt.Errorf("reason %q: want factor, points, need and kind", item)
		}
		c := scoring.Contribution{Factor: fields[0]}
		c.Kind, _ = scoring.KindOfFactor(c.Factor)
		var err error
		if c.Points, err = strconv.Atoi(fields[1]); err != nil {
			return nil, fmt.Errorf("reason %q: %w", item, err)
		}
		if len(fields) > 2 {
			if c.Path, err = strconv.Atoi(fields[2]); err != nil {
				return nil, fmt.Errorf("reason %q: %w", item, err)
			}
		}
		if len(fields) > 3 {
			if err := c.Kind.UnmarshalText([]byte(fields[3])); err != nil || c.Kind == scoring.PartNone {
				return nil, fmt.Errorf("reason %q: unknown kind", item)
			}
		}
		out = append(out, c)
	}
	return out, nil
}
