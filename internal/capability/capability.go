// Package capability makes and checks the unguessable link tokens that stand
// in for accounts: a private edit secret and a read-only share id.
package capability

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
)

const (
	// secretBytes is 256 bits: the edit secret is the only thing that
	// guards someone's private plan.
	secretBytes = 32
	// shareBytes is 128 bits, enough that share ids cannot be enumerated.
	shareBytes = 16
)

var enc = base64.RawURLEncoding

// SecretLen and ShareIDLen are the lengths of the encoded tokens.
var (
	SecretLen  = enc.EncodedLen(secretBytes)
	ShareIDLen = enc.EncodedLen(shareBytes)
)

// NewSecret returns a fresh edit secret and the hash to store in its place.
func NewSecret() (secret string, hash []byte) {
	secret = random(secretBytes)
	return secret, Hash(secret)
}

// Hash is what the database keeps of an edit secret. A plain SHA-256 is
// enough: the secret has 256 bits of entropy, so there is nothing to brute-force.
func Hash(secret string) []byte {
	sum := sha256.Sum256([]byte(secret))
	return sum[:]
}

// NewShareID returns a fresh read-only share id.
func NewShareID() string { return random(shareBytes) }

// ValidSecret reports whether s has the shape of an edit secret, so that
// garbage links are turned away without a database round trip.
func ValidSecret(s string) bool { return wellFormed(s, SecretLen) }

// ValidShareID reports whether s has the shape of a share id.
func ValidShareID(s string) bool { return wellFormed(s, ShareIDLen) }

func wellFormed(s string, n int) bool {
	if len(s) != n {
		return false
	}
	_, err := enc.DecodeString(s)
	return err == nil
}

func random(n int) string {
	b := make([]byte, n)
	// crypto/rand.Read never returns an error on supported platforms (Go 1.24+).
	_, _ = rand.Read(b)
	return enc.EncodeToString(b)
}
