using Microsoft.ML.Tokenizers;

namespace BotCompanion.Core.Prompts;

/// <summary>Counts prompt tokens with the o200k encoding (GPT-4o family), locally.</summary>
public sealed class PromptTokenCounter
{
    private readonly Tokenizer _tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");

    public int Count(string text) => _tokenizer.CountTokens(text);
}
