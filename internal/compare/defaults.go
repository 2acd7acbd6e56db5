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

// ProjectionDefaults pre-fills the income projection for a comparison.
type ProjectionDefaults struct {
	HustlePath, JobPath string // "" when the comparison has none of that mode
	Goal                Default
	Hours, WeeksOff     Default
	StartRate, Ramped   Default
	RampMonths          Default
	Retainer            Default
	FeePct, TaxPct      Default
	Upfront, Monthly    Default
	Salary              Default
	LearningMonths      Default
	LearningCost        Default
	JobTaxPct           Default
}

// Reference paths whose published figures stand in, clearly labelled, for
// paths the sources give no figure for.
const (
	referenceRatePath   = "seo-consulting"
	referenceSalaryPath = "prompt-engineer"
)

// Defaults picks the side hustle and the job to project (the first of each
// mode among paths) and pre-fills every input.
func Defaults(paths []catalog.Path, answers questionnaire.Answers) ProjectionDefaults {
	d := ProjectionDefaults{
		Goal:           answerOr(answers, "income-goal", 0, "No goal set yet: enter the monthly income you want to keep."),
		Hours:          answerOr(answers, "hustle-hours", 10, "Placeholder: replace it with the hours a week you can keep up."),
		WeeksOff:       placeholder(4, "Placeholder: holidays and slow weeks a year."),
		RampMonths:     placeholder(12, "Placeholder: the sources say rates grow “as they build a track record” but give no timeline."),
		Retainer:       placeholder(0, "Optional: a monthly retainer from a client once you are established."),
		FeePct:         placeholder(0, "Placeholder: a marketplace’s cut, if you find clients through one. The sources give no figure."),
		TaxPct:         placeholder(0, "Enter your own rate: at 0% the projection shows income before tax. The sources give no figure."),
		Upfront:        placeholder(0, "Placeholder: what you will really spend on courses, tools or equipment before the first client. The second article says many marketing side hustles start with “minimal investment”."),
		Monthly:        placeholder(0, "Placeholder: subscriptions to AI tools and software."),
		LearningMonths: placeholder(12, "Placeholder: months of study before a hire. The sources give no timeline, only a “steeper” learning curve."),
		LearningCost:   placeholder(0, "Placeholder: courses or degrees on the way to the role."),
		JobTaxPct:      placeholder(0, "Enter your own rate: at 0% the projection shows salary before tax."),
	}
	for _, p := range paths {
		switch {
		case p.Mode == catalog.SideHustle && d.HustlePath == "":
			d.HustlePath = p.ID
			d.StartRate, d.Ramped = rates(p)
			if ref, ok := catalog.ByID(referenceRatePath); ok && p.ID == referenceRatePath {
				d.Retainer = Default{Value: 0, Origin: FromPath, Cite: ref.Income.Cite,
					Note: "Optional. The source says SEO specialists can move to retainers of $3,000–$5,000 a month per client."}
			}
		case p.Mode == catalog.FullTime && d.JobPath == "":
			d.JobPath = p.ID
			d.Salary = salary(p)
		}
	}
	return d
}

func placeholder(v float64, note string) Default {
	return Default{Value: v, Origin: Placeholder, Note: note}
}

func answerOr(a questionnaire.Answers, q string, fallback float64, note string) Default {
	if a != nil {
		if n, err := strconv.Atoi(a.Get(q)); err == nil && n >= 0 {
			note := "From your assessment."
			if q == "income-goal" {
				// The questionnaire asks for it before tax; the projection compares take-home pay.
				note = "From your assessment, where you gave it before tax. The projection compares what you keep after fees, costs and tax, so lower it if you enter a tax rate."
			}
			return Default{Value: float64(n), Origin: FromAnswers, Note: note}
		}
	}
	return placeholder(fallback, note)
}

// rates are the path's published hourly range, or the reference path's,
// labelled as a stand-in.
func rates(p catalog.Path) (start, ramped Default) {
	if p.Income.Known && p.Income.Unit == catalog.PerHour {
		note := "From the source for this path."
		return Default{Value: p.Income.Low, Origin: FromPath, Note: note, Cite: p.Income.Cite},
			Default{Value: p.Income.High, Origin: FromPath, Note: note, Cite: p.Income.Cite}
	}
	ref, ok := catalog.ByID(referenceRatePath)
	if !ok || !ref.Income.Known {
		return placeholder(0, "Enter the hourly rate you expect."), placeholder(0, "Enter the hourly rate you expect once established.")
	}
	note := "Reference only: the sources publish no rate for " + p.Name + "; this is their figure for " + ref.Name + ". Replace it with your own."
	return Default{Value: ref.Income.Low, Origin: FromReference, Note: note, Cite: ref.Income.Cite},
		Default{Value: ref.Income.High, Origin: FromReference, Note: note, Cite: ref.Income.Cite}
}

// salary is the low end of the path's published range, or the reference
// path's, labelled as a stand-in.
func salary(p catalog.Path) Default {
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
