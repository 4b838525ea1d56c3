using System.Text;
using NSec.Cryptography;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// Checks X-Signature-Ed25519 over the X-Signature-Timestamp bytes followed by the exact body bytes, with the
/// application's public key (imported once). Any defect (missing, bad hex, wrong length, wrong key) is "invalid".
/// </summary>
public sealed class Ed25519Verifier
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly PublicKey _key;

    public Ed25519Verifier(string publicKeyHex)
    {
        _key = PublicKey.Import(Algorithm, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
    }

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp) || signatureHex.Length != Algorithm.SignatureSize * 2)
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return Algorithm.Verify(_key, message, signature);
    }
}
