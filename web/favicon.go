package web

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/png"
	"math"
	"sync"
)

// FaviconICO is /favicon.ico, which browsers ask for whatever the page
// links: the same fork-in-the-road mark as static/favicon.svg, drawn at
// 32 × 32 and wrapped as an ICO holding one PNG. Built once, on first use.
var FaviconICO = sync.OnceValue(func() []byte {
	const size = 32
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	ink := color.NRGBA{0x1b, 0x1f, 0x24, 0xff}
	white := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	strokes := [][4]float64{{16, 28, 16, 16}, {16, 16, 7, 5}, {16, 16, 25, 5}}
	for y := range size {
		for x := range size {
			px, py := float64(x)+0.5, float64(y)+0.5
			if !insideRounded(px, py, size, 6) {
				continue
			}
			c := ink
			for _, s := range strokes {
				if segmentDistance(px, py, s) <= 2 {
					c = white
				}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	var pngBytes bytes.Buffer
	_ = png.Encode(&pngBytes, img) // writing to memory cannot fail
	var out bytes.Buffer
	// ICONDIR, then one ICONDIRENTRY pointing at the PNG right after it.
	_ = binary.Write(&out, binary.LittleEndian, []uint16{0, 1, 1})
	out.Write([]byte{size, size, 0, 0})
	_ = binary.Write(&out, binary.LittleEndian, []uint16{1, 32})
	_ = binary.Write(&out, binary.LittleEndian, []uint32{uint32(pngBytes.Len()), 6 + 16})
	out.Write(pngBytes.Bytes())
	return out.Bytes()
})

func insideRounded(x, y float64, size, r float64) bool {
	cx := math.Max(r, math.Min(size-r, x))
	cy := math.Max(r, math.Min(size-r, y))
	return math.Hypot(x-cx, y-cy) <= r
}

func segmentDistance(x, y float64, s [4]float64) float64 {
	ax, ay, bx, by := s[0], s[1], s[2], s[3]
	dx, dy := bx-ax, by-ay
	t := math.Max(0, math.Min(1, ((x-ax)*dx+(y-ay)*dy)/(dx*dx+dy*dy)))
	return math.Hypot(x-(ax+t*dx), y-(ay+t*dy))
}
