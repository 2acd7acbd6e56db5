package web

// FieldError is one entry of a page's error summary.
type FieldError struct {
	// Target is the id of the input the summary links to.
	Target  string
	Message string
}

// Choice is one radio button or checkbox.
type Choice struct {
	Value   string
	Label   string
	Checked bool
}

// Field is everything a form control needs to render itself, including the
// value the person typed (kept even when it was invalid) and its error.
type Field struct {
	// Name is the form key; ID is derived from it.
	Name    string
	Label   string
	Hint    string
	Value   string
	Error   string
	Choices []Choice
	// Suffix is a unit shown after a number input ("hours a week").
	Suffix string
	// Rows sizes a textarea.
	Rows int
}

// ID is the DOM id of the field's (first) input.
func (f Field) ID() string { return "f-" + f.Name }

// ChoiceID is the DOM id of the i-th choice.
func (f Field) ChoiceID(i int) string { return f.ID() + "-" + itoa(i) }

func (f Field) hintID() string  { return f.ID() + "-hint" }
func (f Field) errorID() string { return f.ID() + "-error" }

// describedBy links the input to its hint and error for screen readers.
func (f Field) describedBy() string {
	s := ""
	if f.Hint != "" {
		s = f.hintID()
	}
	if f.Error != "" {
		if s != "" {
			s += " "
		}
		s += f.errorID()
	}
	return s
}

// FirstInputID is where an error-summary link should land.
func (f Field) FirstInputID() string {
	if len(f.Choices) > 0 {
		return f.ChoiceID(0)
	}
	return f.ID()
}
