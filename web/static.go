// Package web holds the templ components and the embedded static assets.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed static
var staticFS embed.FS

type asset struct {
	body        []byte
	contentType string
	etag        string
}

type assetTable struct {
	byHashed map[string]asset  // "style.1a2b3c4d5e.css" → asset
	urls     map[string]string // "style.css" → "/static/style.1a2b3c4d5e.css"
}

// assets is derived from embedded files only, so computing it once lazily is
// safe and keeps start-up free of side effects.
var assets = sync.OnceValue(func() assetTable {
	t := assetTable{byHashed: map[string]asset{}, urls: map[string]string{}}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		hash := hex.EncodeToString(sum[:])[:12]
		name := path.Base(p)
		ext := path.Ext(name)
		hashed := strings.TrimSuffix(name, ext) + "." + hash + ext
		t.byHashed[hashed] = asset{body: b, contentType: mime.TypeByExtension(ext), etag: `"` + hash + `"`}
		t.urls[name] = "/static/" + hashed
		return nil
	})
	if err != nil {
		// The files are compiled in, so this is a broken build, not a bad
		// request: serving pages without their stylesheet would hide it.
		panic("web: read embedded static files: " + err.Error())
	}
	return t
})

// AssetURL returns the content-hashed URL of a static file such as "style.css".
func AssetURL(name string) string {
	return assets().urls[name]
}

// StaticHandler serves content-hashed assets with immutable caching; the
// name changes whenever the content does, so caching forever is safe.
func StaticHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, ok := assets().byHashed[path.Base(r.URL.Path)]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", a.contentType)
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		w.Header().Set("ETag", a.etag)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
	})
}
