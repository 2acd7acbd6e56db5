package web

import (
	"strconv"

	"github.com/crossroads/crossroads/internal/questionnaire"
)

// StepView builds the view model of questionnaire page n (1-based) showing
// answers and errs, so every value typed, valid or not, is shown back.
func StepView(def questionnaire.Definition, n int, answers questionnaire.Answers, errs map[string]string, action string) AssessmentStep {
	sec := def.Sections[n-1]
	v := AssessmentStep{
		Step: n, Total: len(def.Sections),
		Title: sec.Title, Intro: sec.Intro,
		Action: action,
		IsLast: n == len(def.Sections),
	}
	for _, q := range sec.Questions {
		c := questionControl(q, answers, errs[q.ID])
		v.Controls = append(v.Controls, c)
		if c.Field.Error != "" {
			v.Errors = append(v.Errors, FieldError{Target: c.Field.FirstInputID(), Message: c.Field.Error})
		}
	}
	return v
}

func questionControl(q questionnaire.Question, answers questionnaire.Answers, msg string) StepControl {
	values := answers[q.ID]
	f := Field{Name: q.ID, Label: q.Prompt, Hint: q.Help, Error: msg}
	if !q.Required {
		f.Label += " (optional)"
	}
	first := ""
	if len(values) > 0 {
		first = values[0]
	}
	switch q.Kind {
	case questionnaire.Scale:
		for i := q.Min; i <= q.Max; i++ {
			val := strconv.Itoa(i)
			label := val
			switch i {
			case q.Min:
				label += " – " + q.LowLabel
			case q.Max:
				label += " – " + q.HighLabel
			}
			f.Choices = append(f.Choices, Choice{Value: val, Label: label, Checked: val == first})
		}
		return StepControl{Control: ControlRadios, Field: f}
	case questionnaire.Single, questionnaire.Multi:
		chosen := map[string]bool{}
		for _, v := range values {
			chosen[v] = true
		}
		for _, o := range q.Options {
			f.Choices = append(f.Choices, Choice{Value: o.Value, Label: o.Label, Checked: chosen[o.Value]})
		}
		if q.Kind == questionnaire.Multi {
			return StepControl{Control: ControlCheckboxes, Field: f}
		}
		return StepControl{Control: ControlRadios, Field: f}
	case questionnaire.Number:
		f.Value = first
		f.Suffix = q.UnitFor(answers)
		return StepControl{Control: ControlNumber, Field: f}
	default:
		f.Value = first
		f.Rows = 4
		limit := "Up to " + strconv.Itoa(q.MaxLen) + " characters."
		if f.Hint != "" {
			f.Hint += " " + limit
		} else {
			f.Hint = limit
		}
		return StepControl{Control: ControlTextArea, Field: f}
	}
}
