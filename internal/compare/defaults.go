package compare

import (
	"strconv"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// Origin says where a pre-filled projection input comes from, so the page
// can label every number honestly.
type Origin string

// The origins of a default.
const (
	// FromPath is the path's own published figure.
	FromPath Origin = "path"
	// FromReference is a published figure for another path, offered as a
	// reference because the sources give none for this one.
	FromReference Origin = "reference"
	// FromAnswers is what the person said in their assessment.
	FromAnswers Origin = "answers"
	// Placeholder is a neutral starting value of ours, for the person to
	// replace with their own; it is not a figure from the sources.
	Placeholder Origin = "placeholder"
)

// Default is one pre-filled input with its provenance.
type Default struct {
	Value  float64
	Origin Origin
	Note   string
	Cite   *catalog.Citation
}

// Prefill is the default of every projection input for one set of paths
// and answers, and which of the paths the projection runs for.
type Prefill struct {
	HustlePath, JobPath string // "" when the comparison has none of that mode
	byKey               map[string]Default
}

// For is the default of the input with the given key (a zero Default for
// a key no input has).
func (p Prefill) For(key string) Default { return p.byKey[key] }

// Reference paths whose published figures stand in, clearly labelled, for
// paths the sources give no figure for.
const (
	referenceRatePath   = "seo-consulting"
	referenceSalaryPath = "prompt-engineer"
)

// basis is what a default is made from: the side hustle and the job the
// projection runs for (nil without one) and the person's answers.
type basis struct {
	hustle, job *catalog.Path
	answers     questionnaire.Answers
}

// Defaults picks the side hustle and the job to project (the first of each
// mode among paths) and pre-fills every input.
func Defaults(paths []catalog.Path, answers questionnaire.Answers) Prefill {
	b := basis{answers: answers}
	for _, p := range paths {
		switch {
		case p.Mode == catalog.SideHustle && b.hustle == nil:
			b.hustle = &p
		case p.Mode == catalog.FullTime && b.job == nil:
			b.job = &p
		}
	}
	d := Prefill{byKey: make(map[string]Default, len(inputs))}
	if b.hustle != nil {
		d.HustlePath = b.hustle.ID
	}
	if b.job != nil {
		d.JobPath = b.job.ID
	}
	for _, in := range inputs {
		d.byKey[in.Key] = in.prefill(b)
	}
	return d
}

func placeholder(v float64, note string) Default {
	return Default{Value: v, Origin: Placeholder, Note: note}
}

// placeholderOf is an input's prefill that is always the same placeholder.
func placeholderOf(v float64, note string) func(basis) Default {
	return func(basis) Default { return placeholder(v, note) }
}

// answerOr is the whole-number answer to question q, or a placeholder.
func (b basis) answerOr(q string, fallback float64, placeholderNote, answeredNote string) Default {
	if b.answers != nil {
		if n, err := strconv.Atoi(b.answers.Get(q)); err == nil && n >= 0 {
			return Default{Value: float64(n), Origin: FromAnswers, Note: answeredNote}
		}
	}
	return placeholder(fallback, placeholderNote)
}

// rate is the side hustle's published hourly rate, the low end to start
// and the high end once ramped, or the reference path's, labelled as a
// stand-in. Without a side hustle there is nothing to pre-fill.
func (b basis) rate(ramped bool) Default {
	p := b.hustle
	if p == nil {
		return Default{}
	}
	pick := func(in catalog.Income) float64 {
		if ramped {
			return in.High
		}
		return in.Low
	}
	if p.Income.Known && p.Income.Unit == catalog.PerHour {
		return Default{Value: pick(p.Income), Origin: FromPath, Note: "From the source for this path.", Cite: p.Income.Cite}
	}
	ref, ok := catalog.ByID(referenceRatePath)
	if !ok || !ref.Income.Known {
		if ramped {
			return placeholder(0, "Enter the hourly rate you expect once established.")
		}
		return placeholder(0, "Enter the hourly rate you expect.")
	}
	note := "Reference only: the sources publish no rate for " + p.Name + "; this is their figure for " + ref.Name + ". Replace it with your own."
	return Default{Value: pick(ref.Income), Origin: FromReference, Note: note, Cite: ref.Income.Cite}
}

// retainer is optional; the source names one figure, for SEO.
func (b basis) retainer() Default {
	if b.hustle != nil && b.hustle.ID == referenceRatePath {
		return Default{Value: 0, Origin: FromPath, Cite: b.hustle.Income.Cite,
			Note: "Optional. The source says SEO specialists can move to retainers of $3,000–$5,000 a month per client."}
	}
	return placeholder(0, "Optional: a monthly retainer from a client once you are established.")
}

// salary is the low end of the job's published range, or the reference
// path's, labelled as a stand-in. Without a job there is nothing to pre-fill.
func (b basis) salary() Default {
	p := b.job
	if p == nil {
		return Default{}
	}
	if p.Income.Known && p.Income.Unit == catalog.PerYear {
		return Default{Value: p.Income.Low, Origin: FromPath, Cite: p.Income.Cite,
			Note: "The low end of the range the source gives for this role."}
	}
	ref, ok := catalog.ByID(referenceSalaryPath)
	if !ok || !ref.Income.Known {
		return placeholder(0, "Enter the salary you expect.")
	}
	return Default{Value: ref.Income.Low, Origin: FromReference, Cite: ref.Income.Cite,
		Note: "Reference only: the sources publish no salary for " + p.Name + "; this is the low end of their " + ref.Name + " range. Replace it with your own."}
}
