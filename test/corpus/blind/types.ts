/** One labelled secret: its character span in the case's text and the provider it belongs to. */
export interface BlindLabel {
  start: number;
  end: number;
  provider: string;
}

export interface BlindCase {
  /** Unique, and stable for a seed. */
  id: string;
  /** Positives have at least one label, negatives none. */
  kind: 'positive' | 'negative';
  /** The provider (positives) or the negative category. */
  category: string;
  /** The context the text is written in: chat, env, yaml, code-go, … */
  template: string;
  text: string;
  labels: BlindLabel[];
}

/** A credential value before it is placed in a context. */
export interface Secret {
  value: string;
  provider: string;
  /** Credential kind, e.g. `github-pat-classic`; several kinds share a provider. */
  kind: string;
  /** The variable or setting name that usually holds it, upper snake case (`GITHUB_TOKEN`). */
  name: string;
  /**
   * True when the value has no prefix of its own: the label policy labels it only when its
   * provider or key is named next to it, so contexts must keep `name` beside the value.
   */
  named: boolean;
  /** Sent as `Authorization: Bearer …` by its API, so curl and raw HTTP contexts fit it. */
  bearer: boolean;
  multiline: boolean;
  /**
   * An HTTP header the provider's API reads the key from (`DD-API-KEY`), when not Bearer; a
   * value with a colon is a header and its scheme (`Authorization: Basic`).
   */
  header?: string;
  /** The labelled parts of `value` when not all of it is the secret (a URI's password). */
  spans?: [number, number][];
  /** Restricts the contexts this value is shown in (a Basic credential only makes sense in a header). */
  contexts?: readonly string[];
}

/** Appends text and records the span of every secret appended through `secret()`. */
export class TextBuilder {
  private parts: string[] = [];
  private size = 0;
  readonly labels: BlindLabel[] = [];

  add(text: string): this {
    this.parts.push(text);
    this.size += text.length;
    return this;
  }

  /** Appends `shown` and labels all of it. */
  secret(shown: string, provider: string): this {
    if (shown.length === 0) throw new Error('empty secret');
    this.labels.push({ start: this.size, end: this.size + shown.length, provider });
    return this.add(shown);
  }

  /**
   * Appends a secret's value as written in this context (`shown`, e.g. JSON-escaped) and labels
   * it, or only its `spans` when the value is partly secret.
   */
  value(s: Pick<Secret, 'value' | 'provider' | 'spans'>, shown = s.value): this {
    if (!s.spans) return this.secret(shown, s.provider);
    if (shown !== s.value) throw new Error('a partly labelled value cannot be re-encoded');
    for (const [a, b] of s.spans) {
      if (b <= a) throw new Error('empty span');
      this.labels.push({ start: this.size + a, end: this.size + b, provider: s.provider });
    }
    return this.add(shown);
  }

  get length(): number {
    return this.size;
  }

  text(): string {
    return this.parts.join('');
  }
}
