package web

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossroads/crossroads/internal/canvas"
)

// CanvasInput is the canvas form as typed. Every value is a string, so a
// value the canvas cannot hold ("ten" hours) is shown back exactly as typed.
// Form keys are canvas.Validate's keys, so every error lands on its field.
type CanvasInput struct {
	Title, Niche    string
	Pains           []CanvasPainInput
	Alternatives    string
	ValueGet        string
	ValueGive       string
	Price           string
	Advantage       string
	Channels        string
	Dependencies    []CanvasDependencyInput
	Commoditisation string
	Hours           string
	// Answers and Whys are keyed by canvas.Question.Key.
	Answers, Whys map[string]string
}

type CanvasPainInput struct{ What, HowOften, Severity, Evidence string }

// blank matches canvas.PainPoint's idea of an unused row.
func (p CanvasPainInput) blank() bool {
	return strings.TrimSpace(p.What) == "" && strings.TrimSpace(p.HowOften) == "" && strings.TrimSpace(p.Severity) == ""
}

type CanvasDependencyInput struct{ Platform, Mitigation, Evidence string }

func (d CanvasDependencyInput) blank() bool {
	return strings.TrimSpace(d.Platform) == "" && strings.TrimSpace(d.Mitigation) == ""
}

// CanvasInputFrom turns a stored canvas back into form values.
func CanvasInputFrom(c canvas.Canvas) CanvasInput {
	in := CanvasInput{
		Title: c.Title, Niche: c.Niche,
		Alternatives: c.Alternatives, ValueGet: c.ValueGet, ValueGive: c.ValueGive, Price: c.Price,
		Advantage: c.Advantage, Channels: c.Channels, Commoditisation: c.Commoditisation,
		Answers: map[string]string{}, Whys: map[string]string{},
	}
	for _, p := range c.Pains {
		in.Pains = append(in.Pains, CanvasPainInput{What: p.What, HowOften: p.HowOften, Severity: canvasOptionalInt(p.Severity), Evidence: string(p.Evidence)})
	}
	for _, d := range c.Dependencies {
		in.Dependencies = append(in.Dependencies, CanvasDependencyInput{Platform: d.Platform, Mitigation: d.Mitigation, Evidence: string(d.Evidence)})
	}
	in.Hours = canvasOptionalInt(c.HoursPerWeek)
	for _, q := range canvas.Questions() {
		a, why, _ := c.Answer(q.Key)
		in.Answers[q.Key], in.Whys[q.Key] = string(a), why
	}
	return in
}

// canvasOptionalInt shows 0, which the canvas uses for "not set", as an empty field.
func canvasOptionalInt(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// ToCanvas converts the input, returning the canvas and an error message for
// each value that cannot be read (a severity or hours that is not a whole
// number) merged with canvas.Validate's messages.
func (in CanvasInput) ToCanvas() (canvas.Canvas, map[string]string) {
	parseErrs := map[string]string{}
	c := canvas.Canvas{
		Title: in.Title, Niche: in.Niche,
		Alternatives: in.Alternatives, ValueGet: in.ValueGet, ValueGive: in.ValueGive, Price: in.Price,
		Advantage: in.Advantage, Channels: in.Channels, Commoditisation: in.Commoditisation,
	}
	for i, p := range in.Pains {
		pp := canvas.PainPoint{What: p.What, HowOften: p.HowOften, Evidence: canvas.Evidence(p.Evidence)}
		if p.Severity != "" {
			n, err := strconv.Atoi(p.Severity)
			if err != nil {
				parseErrs["pains."+strconv.Itoa(i)+".severity"] = fmt.Sprintf(
					"Rate pain point %d from %d (mild) to %d (severe), or leave it blank.", i+1, canvas.MinSeverity, canvas.MaxSeverity)
			}
			pp.Severity = n
		}
		c.Pains = append(c.Pains, pp)
	}
	for _, d := range in.Dependencies {
		c.Dependencies = append(c.Dependencies, canvas.Dependency{Platform: d.Platform, Mitigation: d.Mitigation, Evidence: canvas.Evidence(d.Evidence)})
	}
	if in.Hours != "" {
		n, err := strconv.Atoi(in.Hours)
		if err != nil {
			parseErrs["hours_per_week"] = fmt.Sprintf("Enter the hours per week as a whole number from 0 to %d, such as 8.", canvas.MaxHoursPerWeek)
		}
		c.HoursPerWeek = n
	}
	c.RealProblem, c.RealProblemWhy = canvas.Answer(in.Answers["real_problem"]), in.Whys["real_problem"]
	c.JustifiesTime, c.JustifiesTimeWhy = canvas.Answer(in.Answers["justifies_time"]), in.Whys["justifies_time"]
	c.Aligned, c.AlignedWhy = canvas.Answer(in.Answers["aligned"]), in.Whys["aligned"]

	errs := c.Validate()
	for k, m := range parseErrs {
		errs[k] = m
	}
	return c, errs
}

// CanvasOp is what the pressed button asks for besides saving.
type CanvasOp struct {
	kind  string // "save", "add-pain", "remove-pain", "add-dependency", "remove-dependency"
	index int
}

// ParseCanvasOp reads the op button. Anything unknown is a plain save, so
// a forged op can never do more than "Save canvas".
func ParseCanvasOp(s string) CanvasOp {
	switch s {
	case "add-pain", "add-dependency":
		return CanvasOp{kind: s}
	}
	for _, kind := range []string{"remove-pain", "remove-dependency"} {
		num, ok := strings.CutPrefix(s, kind+"-")
		if !ok || len(num) > 4 {
			continue
		}
		if n, err := strconv.Atoi(num); err == nil && n >= 0 {
			return CanvasOp{kind: kind, index: n}
		}
	}
	return CanvasOp{kind: "save"}
}

// apply changes the rows as the op asks. A plain save also drops rows left
// blank, which is how a spare row disappears again.
func (op CanvasOp) Apply(in CanvasInput) CanvasInput {
	switch op.kind {
	case "add-pain":
		if len(in.Pains) < canvas.MaxPains {
			in.Pains = append(slices.Clip(in.Pains), CanvasPainInput{})
		}
	case "remove-pain":
		if op.index < len(in.Pains) {
			in.Pains = slices.Delete(slices.Clone(in.Pains), op.index, op.index+1)
		}
	case "add-dependency":
		if len(in.Dependencies) < canvas.MaxDependencies {
			in.Dependencies = append(slices.Clip(in.Dependencies), CanvasDependencyInput{})
		}
	case "remove-dependency":
		if op.index < len(in.Dependencies) {
			in.Dependencies = slices.Delete(slices.Clone(in.Dependencies), op.index, op.index+1)
		}
	default:
		in.Pains = slices.DeleteFunc(slices.Clone(in.Pains), CanvasPainInput.blank)
		in.Dependencies = slices.DeleteFunc(slices.Clone(in.Dependencies), CanvasDependencyInput.blank)
	}
	return in
}

// fragment is where the page should land after the op: on the row just
// added, or on the list a row was removed from.
func (op CanvasOp) Fragment(in CanvasInput) string {
	switch op.kind {
	case "add-pain":
		return "#" + Field{Name: "pains." + strconv.Itoa(len(in.Pains)-1) + ".what"}.ID()
	case "add-dependency":
		return "#" + Field{Name: "dependencies." + strconv.Itoa(len(in.Dependencies)-1) + ".platform"}.ID()
	case "remove-pain":
		return "#box-pains"
	case "remove-dependency":
		return "#box-dependencies"
	}
	return ""
}

// canvasFields builds the form's controls from what was typed and the
// errors, and the error summary in the order the fields appear.
func canvasFields(in CanvasInput, errs map[string]string, hints canvasHintText) (CanvasFields, []FieldError) {
	var summary []FieldError
	used := map[string]bool{}
	field := func(f Field) Field {
		f.Value = canvasDisplay(f.Value)
		if m, ok := errs[f.Name]; ok {
			f.Error = m
			used[f.Name] = true
			summary = append(summary, FieldError{Target: f.FirstInputID(), Message: m})
		}
		return f
	}
	choice := func(f Field, value string, choices [][2]string) Field {
		for _, c := range choices {
			f.Choices = append(f.Choices, Choice{Value: c[0], Label: c[1], Checked: c[0] == value})
		}
		return field(f)
	}
	listError := func(key, target string) string {
		m, ok := errs[key]
		if ok {
			used[key] = true
			summary = append(summary, FieldError{Target: target, Message: m})
		}
		return m
	}

	f := CanvasFields{
		Title: field(Field{Name: "title", Label: "Title", Value: in.Title,
			Hint: "A short name for the idea. It heads the share link."}),
		Niche: field(Field{Name: "niche", Label: "Niche: who exactly is it for?", Value: in.Niche,
			Hint: hints.or("niche", "Name an industry, a role, a size or a place, such as “small e-commerce stores” or “local dentist offices”.")}),
	}

	f.PainsError = listError("pains", "box-pains")
	pains := in.Pains
	if len(pains) == 0 {
		pains = []CanvasPainInput{{}} // somewhere to start typing
	}
	for i, p := range pains {
		k := "pains." + strconv.Itoa(i) + "."
		n := strconv.Itoa(i + 1)
		row := CanvasPainRow{N: i + 1, Box: "pains." + strconv.Itoa(i)}
		row.What = field(Field{Name: k + "what", Label: "What goes wrong for them (pain point " + n + ")", Value: p.What, Rows: 3,
			Hint: "In their words: what goes wrong, and what it costs them."})
		row.HowOften = field(Field{Name: k + "how_often", Label: "How often it happens (pain point " + n + ")", Value: p.HowOften,
			Hint: "Every day, every month-end, at each new hire…"})
		row.Severity = choice(Field{Name: k + "severity", Label: "How badly it hurts (pain point " + n + ")"}, p.Severity, canvasSeverityChoices)
		row.Evidence = choice(Field{Name: k + "evidence", Label: "How you know (pain point " + n + ")", Hint: canvasEvidenceHint}, p.Evidence, canvasEvidenceChoices)
		if len(pains) > 1 || !p.blank() {
			row.RemoveOp = "remove-pain-" + strconv.Itoa(i)
		}
		f.Pains = append(f.Pains, row)
	}
	f.CanAddPain = len(in.Pains) < canvas.MaxPains

	f.Alternatives = field(Field{Name: "alternatives", Label: "What they do about it today", Value: in.Alternatives,
		Hint: "A spreadsheet, an agency, an employee, a generic tool, or nothing."})
	f.ValueGet = field(Field{Name: "value_get", Label: "What the customer gets", Value: in.ValueGet,
		Hint: "The result, not the tool: hours saved, sales made, a worry gone."})
	f.ValueGive = field(Field{Name: "value_give", Label: "What the customer gives", Value: in.ValueGive,
		Hint: "Money, time, data, attention."})
	f.Price = field(Field{Name: "price", Label: "Price", Value: in.Price,
		Hint: "Per hour, per month or per project, such as “$200 a month”."})
	f.Advantage = field(Field{Name: "advantage", Label: "Your unfair advantage: the domain expertise you bring", Value: in.Advantage,
		Hint: "The industry you have worked in, the job you know from the inside, the clients who already trust you."})
	f.Channels = field(Field{Name: "channels", Label: "Where you will reach the first customers", Value: in.Channels,
		Hint: "A community they gather in, your own network, a newsletter, a marketplace, direct outreach."})

	f.DependenciesError = listError("dependencies", "box-dependencies")
	deps := in.Dependencies
	if len(deps) == 0 {
		deps = []CanvasDependencyInput{{}}
	}
	for i, d := range deps {
		k := "dependencies." + strconv.Itoa(i) + "."
		n := strconv.Itoa(i + 1)
		row := CanvasDependencyRow{N: i + 1, Box: "dependencies." + strconv.Itoa(i)}
		row.Platform = field(Field{Name: k + "platform", Label: "Platform (dependency " + n + ")", Value: d.Platform,
			Hint: "The AI model or API, the marketplace, the social network, the ad or email platform."})
		row.Mitigation = field(Field{Name: k + "mitigation", Label: "Plan B if it changes its prices or rules (dependency " + n + ")", Value: d.Mitigation, Rows: 3})
		row.Evidence = choice(Field{Name: k + "evidence", Label: "How sure you are the plan B works (dependency " + n + ")", Hint: canvasEvidenceHint}, d.Evidence, canvasEvidenceChoices)
		if len(deps) > 1 || !d.blank() {
			row.RemoveOp = "remove-dependency-" + strconv.Itoa(i)
		}
		f.Dependencies = append(f.Dependencies, row)
	}
	f.CanAddDependency = len(in.Dependencies) < canvas.MaxDependencies

	f.Commoditisation = field(Field{Name: "commoditisation", Label: "What stops anyone with a chatbot from copying it?", Value: in.Commoditisation,
		Hint: "Your domain knowledge, your data, your relationships in the niche."})
	f.Hours = field(Field{Name: "hours_per_week", Label: "Hours per week the idea needs", Value: in.Hours, Suffix: "hours a week",
		Hint: hints.or("hours", "Delivery, sales and admin together, as a whole number.")})

	for i, q := range canvas.Questions() {
		n := strconv.Itoa(i + 1)
		f.Questions = append(f.Questions, CanvasQuestionRow{
			Box:    q.Box,
			Answer: choice(Field{Name: q.Key, Label: q.Text}, in.Answers[q.Key], canvasAnswerChoices),
			Why:    field(Field{Name: q.Key + "_why", Label: "Why? (question " + n + ")", Value: in.Whys[q.Key], Rows: 2}),
		})
	}

	// Errors on keys the form has no control for (path_id) still get a line.
	var rest []string
	for k := range errs {
		if !used[k] {
			rest = append(rest, k)
		}
	}
	slices.Sort(rest)
	for _, k := range rest {
		summary = append(summary, FieldError{Target: "canvas-form", Message: errs[k]})
	}
	return f, summary
}

var (
	canvasSeverityChoices = [][2]string{{"1", "1 (mild)"}, {"2", "2"}, {"3", "3"}, {"4", "4"}, {"5", "5 (severe)"}}
	canvasEvidenceChoices = [][2]string{
		{string(canvas.Assumption), "Assumption"},
		{string(canvas.Observed), "Observed"},
		{string(canvas.Validated), "Validated"},
	}
	canvasAnswerChoices = [][2]string{{string(canvas.Yes), "Yes"}, {string(canvas.No), "No"}, {string(canvas.Unsure), "Unsure"}}
)

const canvasEvidenceHint = "Assumption: nobody in the niche has confirmed it. Observed: you have seen it hold. Validated: someone paid, signed up or committed time."

// canvasHintText replaces a field's generic hint when the canvas starts from
// a path, keyed by field name.
type canvasHintText map[string]string

func (h canvasHintText) or(key, fallback string) string {
	if s, ok := h[key]; ok {
		return s
	}
	return fallback
}

// canvasDisplay makes a typed value safe to show back: unreadable bytes and
// invisible control characters become U+FFFD, so the page stays valid HTML
// and the person sees where the problem is.
func canvasDisplay(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
			return '\uFFFD'
		}
		return r
	}, s)
}

// maxCanvasRows bounds how many rows a (forged) form can make the server
// decode and render; Validate still reports anything past the real limits.
const maxCanvasRows = 50

// DecodeCanvasInput reads the form values. Unknown keys are ignored and a
// repeated key counts once (its first value), so no crafted form can do
// more than a person typing could.
func DecodeCanvasInput(v url.Values) CanvasInput {
	in := CanvasInput{
		Title: canvasFormText(v, "title"), Niche: canvasFormText(v, "niche"),
		Alternatives: canvasFormText(v, "alternatives"), ValueGet: canvasFormText(v, "value_get"), ValueGive: canvasFormText(v, "value_give"),
		Price: canvasFormText(v, "price"), Advantage: canvasFormText(v, "advantage"), Channels: canvasFormText(v, "channels"),
		Commoditisation: canvasFormText(v, "commoditisation"), Hours: canvasFormText(v, "hours_per_week"),
		Answers: map[string]string{}, Whys: map[string]string{},
	}
	for _, i := range canvasRowIndexes(v, "pains.", "what", "how_often", "severity", "evidence") {
		k := "pains." + strconv.Itoa(i) + "."
		in.Pains = append(in.Pains, CanvasPainInput{
			What: canvasFormText(v, k+"what"), HowOften: canvasFormText(v, k+"how_often"),
			Severity: canvasFormText(v, k+"severity"), Evidence: canvasFormText(v, k+"evidence"),
		})
	}
	for _, i := range canvasRowIndexes(v, "dependencies.", "platform", "mitigation", "evidence") {
		k := "dependencies." + strconv.Itoa(i) + "."
		in.Dependencies = append(in.Dependencies, CanvasDependencyInput{
			Platform: canvasFormText(v, k+"platform"), Mitigation: canvasFormText(v, k+"mitigation"), Evidence: canvasFormText(v, k+"evidence"),
		})
	}
	for _, q := range canvas.Questions() {
		in.Answers[q.Key], in.Whys[q.Key] = canvasFormText(v, q.Key), canvasFormText(v, q.Key+"_why")
	}
	return in
}

// canvasFormText reads one value as a textarea means it: browsers send line breaks
// as CRLF, which would count twice against the length limits.
func canvasFormText(v url.Values, key string) string {
	return strings.TrimSpace(strings.ReplaceAll(v.Get(key), "\r\n", "\n"))
}

// canvasRowIndexes finds the row numbers used in keys such as "pains.3.what",
// sorted, so gaps left by a crafted form close up instead of making empty
// rows. Only plain decimal numbers count.
func canvasRowIndexes(v url.Values, prefix string, fields ...string) []int {
	seen := map[int]bool{}
	for k := range v {
		rest, ok := strings.CutPrefix(k, prefix)
		if !ok {
			continue
		}
		num, field, ok := strings.Cut(rest, ".")
		if !ok || !slices.Contains(fields, field) || num == "" || len(num) > 4 ||
			strings.ContainsFunc(num, func(r rune) bool { return r < '0' || r > '9' }) {
			continue
		}
		n, _ := strconv.Atoi(num)
		seen[n] = true
	}
	idx := make([]int, 0, len(seen))
	for n := range seen {
		idx = append(idx, n)
	}
	slices.Sort(idx)
	if len(idx) > maxCanvasRows {
		idx = idx[:maxCanvasRows]
	}
	return idx
}
