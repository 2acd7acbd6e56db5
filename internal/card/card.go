// Package card draws the Open Graph image of a share link: a 1200×630 PNG
// with a headline (the best fit and its fit word, say), up to three labelled
// bars from 0 to 100 coloured by track, a subtitle and the product name.
//
// It is pure Go (golang.org/x/image's opentype rasteriser and the bundled Go
// fonts), so it runs anywhere the server does: no cgo, no browser. Any share
// kind (assessment, canvas, comparison, plan) fills a Card; the package knows
// nothing about them.
package card

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"runtime"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// The size Open Graph and Twitter's summary_large_image expect (1.91:1).
const (
	Width  = 1200
	Height = 630
)

// MaxBars is how many bars a card has room for; more are left out.
const MaxBars = 3

// Card is what one share link's preview says.
type Card struct {
	// Headline is the main line, e.g. "Freelance copywriting: Strong fit".
	// It wraps onto a second line and is shortened with an ellipsis after that.
	Headline string
	// Subtitle is one smaller line under the headline, shortened to fit.
	Subtitle string
	// Bars are drawn in order, at most MaxBars of them.
	Bars []Bar
}

// Bar is one labelled value from 0 to 100.
type Bar struct {
	Label string
	// Value is clamped to 0–100.
	Value int
	// Track is a catalog track id ("marketing", "ai-job", "hybrid") and
	// picks the bar's colour; any other value draws a neutral bar.
	Track string
}

// Alt is the image's text alternative (og:image:alt): everything the card
// shows, in reading order, with the same shortening of nothing.
func (c Card) Alt() string {
	var b strings.Builder
	b.WriteString("Crossroads")
	for _, s := range []string{clean(c.Headline), clean(c.Subtitle)} {
		if s != "" {
			b.WriteString(". ")
			b.WriteString(s)
		}
	}
	for i, bar := range c.Bars {
		if i == MaxBars {
			break
		}
		if i == 0 {
			b.WriteString(". ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(clean(bar.Label))
		b.WriteString(": ")
		b.WriteString(strconv.Itoa(clamp(bar.Value)))
		b.WriteString(" out of 100")
	}
	b.WriteString(".")
	return b.String()
}

// Track colours, the same as the site's stylesheet (--marketing, --ai-job,
// --hybrid), so a card and its page agree.
var trackColors = map[string]color.RGBA{
	"marketing": {0xb4, 0x44, 0x1f, 0xff},
	"ai-job":    {0x0b, 0x5c, 0xad, 0xff},
	"hybrid":    {0x6a, 0x3f, 0xa0, 0xff},
}

var (
	background = color.RGBA{0xfb, 0xfa, 0xf7, 0xff} // --bg
	ink        = color.RGBA{0x1b, 0x1f, 0x24, 0xff} // --ink
	muted      = color.RGBA{0x4a, 0x53, 0x61, 0xff} // --muted
	rail       = color.RGBA{0xe4, 0xe7, 0xec, 0xff} // an unfilled bar, lighter than --line
	neutralBar = color.RGBA{0x6b, 0x72, 0x80, 0xff}
	brandMark  = color.RGBA{0x0b, 0x5c, 0xad, 0xff} // --accent
)

// Layout, in pixels. Everything is drawn inside the margin.
const (
	margin       = 72
	contentRight = Width - margin
	headlineSize = 58
	subtitleSize = 30
	labelSize    = 28
	brandSize    = 30

	barLeft     = 520 // bars start after the label column, wide enough for "Digital-marketing side hustle"
	labelRight  = barLeft - 28
	barRight    = contentRight - 96 // room for the value on the right
	barHeight   = 30
	barTop0     = 384 // the first bar's top edge
	barPitch    = 72
	valueLeft   = barRight + 20
	brandBase   = 100
	headBase1   = 200
	headLeading = 68
	subBase     = headBase1 + headLeading + 58
)

// BarRect is where bar i's rail is drawn; its filled part starts at the
// left edge and is Value% of its width. Exported for tests and anyone
// checking a rendered card.
func BarRect(i int) image.Rectangle {
	top := barTop0 + i*barPitch
	return image.Rect(barLeft, top, barRight, top+barHeight)
}

// Renderer draws cards. The fonts are parsed once; a Renderer is safe for
// concurrent use (each Render makes its own font faces, which are not).
type Renderer struct {
	regular, bold *opentype.Font
}

// NewRenderer parses the bundled Go fonts.
func NewRenderer() (*Renderer, error) {
	regular, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, fmt.Errorf("parse Go Regular: %w", err)
	}
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return nil, fmt.Errorf("parse Go Bold: %w", err)
	}
	return &Renderer{regular: regular, bold: bold}, nil
}

// Render draws c and encodes it as PNG. The same card always gives the same
// bytes, so a card's content version can name it.
func (r *Renderer) Render(c Card) ([]byte, error) {
	img, err := r.Draw(c)
	if err != nil {
		return nil, err
	}
	// Between the steps of a draw (each a few ms of arithmetic that Go
	// preempts only after 10 ms), let the requests queued behind it on
	// this thread run: a page should not wait for a card.
	runtime.Gosched()
	paletted := quantize(img)
	runtime.Gosched()
	var buf bytes.Buffer
	buf.Grow(24 << 10)
	// A paletted PNG at BestSpeed: 18 KB instead of an RGB card's 43 KB,
	// and 13 ms instead of 30 (the encoder skips its per-row filter search
	// for paletted images); see BenchmarkRender.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, paletted); err != nil {
		return nil, fmt.Errorf("encode card: %w", err)
	}
	return buf.Bytes(), nil
}

// Draw draws c without encoding it.
func (r *Renderer) Draw(c Card) (*image.RGBA, error) {
	faces, err := r.faces()
	if err != nil {
		return nil, err
	}
	defer faces.close()

	img := image.NewRGBA(image.Rect(0, 0, Width, Height))
	draw.Draw(img, img.Bounds(), image.NewUniform(background), image.Point{}, draw.Src)

	// The product name, with a small mark in the accent colour.
	fill(img, image.Rect(margin, brandBase-24, margin+24, brandBase), brandMark)
	text(img, faces.brand, ink, margin+38, brandBase, "Crossroads")

	// Headline: up to two lines, the second shortened if it must be.
	for i, line := range wrap(faces.headline, clean(c.Headline), contentRight-margin, 2) {
		text(img, faces.headline, ink, margin, headBase1+i*headLeading, line)
	}
	if s := clean(c.Subtitle); s != "" {
		text(img, faces.subtitle, muted, margin, subBase, fitWidth(faces.subtitle, s, contentRight-margin))
	}

	for i, bar := range c.Bars {
		if i == MaxBars {
			break
		}
		rect := BarRect(i)
		base := rect.Min.Y + barHeight/2 + labelSize*7/20 // optically centred on the bar
		text(img, faces.label, ink, margin, base, fitWidth(faces.label, clean(bar.Label), labelRight-margin))
		fill(img, rect, rail)
		v := clamp(bar.Value)
		filled := rect
		filled.Max.X = rect.Min.X + (rect.Dx()*v+50)/100
		colour, ok := trackColors[bar.Track]
		if !ok {
			colour = neutralBar
		}
		fill(img, filled, colour)
		text(img, faces.label, ink, valueLeft, base, strconv.Itoa(v))
	}
	return img, nil
}

// palette holds every colour a card uses, and 48 steps of anti-aliasing
// between the background and each text colour (text is only ever drawn
// on the background), well under the 256 a paletted PNG allows.
var palette = func() color.Palette {
	p := color.Palette{background, ink, muted, rail, neutralBar, brandMark}
	for _, track := range []string{"marketing", "ai-job", "hybrid"} { // a fixed order: the bytes must not vary
		p = append(p, trackColors[track])
	}
	const steps = 48
	for _, c := range []color.RGBA{ink, muted} {
		for i := 1; i < steps; i++ {
			p = append(p, blend(background, c, i, steps))
		}
	}
	return p
}()

func blend(from, to color.RGBA, i, n int) color.RGBA {
	mix := func(a, b uint8) uint8 { return uint8((int(a)*(n-i) + int(b)*i + n/2) / n) }
	return color.RGBA{mix(from.R, to.R), mix(from.G, to.G), mix(from.B, to.B), 0xff}
}

// quantize maps img onto palette. A card has a few hundred distinct
// colours, almost all in long runs, so each is matched once.
func quantize(img *image.RGBA) *image.Paletted {
	out := image.NewPaletted(img.Bounds(), palette)
	index := make(map[color.RGBA]uint8, 512)
	last, lastIndex := background, uint8(0)
	for i := 0; i+3 < len(img.Pix); i += 4 {
		c := color.RGBA{img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3]}
		if c != last {
			idx, ok := index[c]
			if !ok {
				idx = uint8(palette.Index(c))
				index[c] = idx
			}
			last, lastIndex = c, idx
		}
		out.Pix[i/4] = lastIndex
	}
	return out
}

type faceSet struct {
	brand, headline, subtitle, label font.Face
}

func (f faceSet) close() {
	for _, face := range []font.Face{f.brand, f.headline, f.subtitle, f.label} {
		if face != nil {
			_ = face.Close()
		}
	}
}

func (r *Renderer) faces() (faceSet, error) {
	var f faceSet
	for _, spec := range []struct {
		dst  *font.Face
		font *opentype.Font
		size float64
	}{
		{&f.brand, r.bold, brandSize},
		{&f.headline, r.bold, headlineSize},
		{&f.subtitle, r.regular, subtitleSize},
		{&f.label, r.regular, labelSize},
	} {
		face, err := opentype.NewFace(spec.font, &opentype.FaceOptions{Size: spec.size, DPI: 72, Hinting: font.HintingFull})
		if err != nil {
			f.close()
			return faceSet{}, fmt.Errorf("font face: %w", err)
		}
		*spec.dst = face
	}
	return f, nil
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
}

// text draws s with its ink starting at x: a glyph that overhangs its pen
// position (the tail of a "j") is moved right so it never leaves the box.
func text(img *image.RGBA, face font.Face, c color.RGBA, x, baseline int, s string) {
	dot := fixed.P(x, baseline)
	if bounds, _ := font.BoundString(face, s); bounds.Min.X < 0 {
		dot.X -= bounds.Min.X
	}
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: face, Dot: dot}
	d.DrawString(s)
}

// width is how far s reaches when text draws it: its advance, or its ink
// where a glyph overhangs either end.
func width(face font.Face, s string) fixed.Int26_6 {
	bounds, advance := font.BoundString(face, s)
	left := min(bounds.Min.X, 0)
	return max(advance, bounds.Max.X) - left
}

// maxRunes bounds the text a card measures. Nothing longer fits on it, and
// measuring is linear in the length, so a huge input cannot cost much.
const maxRunes = 240

// clean makes s safe to draw on one line: valid UTF-8, no control or
// format characters (a newline or a bidi override would move the pen),
// runs of space as one, at most maxRunes runes.
func clean(s string) string {
	var b strings.Builder
	b.Grow(min(len(s), maxRunes*2))
	n, space := 0, false
	for _, r := range s {
		if n == maxRunes {
			break
		}
		if unicode.Is(unicode.Cf, r) { // zero-width and bidi controls draw nothing
			continue
		}
		if r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
			if n == maxRunes {
				break
			}
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

const ellipsis = "…"

// fitWidth returns s, or its longest prefix followed by an ellipsis, that
// is at most maxWidth pixels wide in face.
func fitWidth(face font.Face, s string, maxWidth int) string {
	limit := fixed.I(maxWidth)
	if width(face, s) <= limit {
		return s
	}
	runes := []rune(s)
	// The widest prefix that still fits with the ellipsis: binary search,
	// since a longer prefix is never narrower.
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if width(face, strings.TrimRight(string(runes[:mid]), " ")+ellipsis) <= limit {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		if width(face, ellipsis) <= limit {
			return ellipsis
		}
		return ""
	}
	return strings.TrimRight(string(runes[:lo]), " ") + ellipsis
}

// wrap breaks s into at most maxLines lines no wider than maxWidth,
// at spaces where it can; the last line is shortened with an ellipsis
// when the text goes on.
func wrap(face font.Face, s string, maxWidth, maxLines int) []string {
	if s == "" {
		return nil
	}
	limit := fixed.I(maxWidth)
	var lines []string
	rest := s
	for len(lines) < maxLines-1 && rest != "" {
		if width(face, rest) <= limit {
			break
		}
		// The longest run of whole words that fits; a single word too
		// long for a line is cut where it overflows.
		cut := 0
		for i, r := range rest {
			if r == ' ' {
				if width(face, rest[:i]) > limit {
					break
				}
				cut = i
			}
		}
		if cut == 0 {
			cut = prefixFitting(face, rest, limit)
		}
		lines = append(lines, rest[:cut])
		rest = strings.TrimLeft(rest[cut:], " ")
	}
	if rest != "" {
		lines = append(lines, fitWidth(face, rest, maxWidth))
	}
	return lines
}

// prefixFitting is the byte length of the longest prefix of s no wider
// than limit, and at least one rune, so wrapping always moves on.
func prefixFitting(face font.Face, s string, limit fixed.Int26_6) int {
	_, first := utf8.DecodeRuneInString(s)
	cut := first
	for i := range s {
		if i > 0 && width(face, s[:i]) > limit {
			break
		}
		cut = max(i, first)
	}
	return cut
}

func clamp(v int) int { return min(max(v, 0), 100) }
