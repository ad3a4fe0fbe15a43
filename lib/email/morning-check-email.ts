// The morning check by email (issue 14): the dashboard's questions, one signed link each. The link opens
// the question without signing in; the answer is a tap on that page, never the opening of the link.
import { DISCLAIMER } from "../advice";
import { footerBlocks, renderEmail, type EmailBlock, type FooterLinks, type RenderedEmail } from "./layout";

export type MorningEmailQuestion = {
  /** "How does your left knee feel this morning?" */
  question: string;
  /** "Yesterday's run" or "Sunday's run". */
  runLabel: string;
  /** The signed link that opens this question (morning-link-token.ts). */
  url: string;
};

export function buildMorningCheckEmail(input: { questions: MorningEmailQuestion[]; links: FooterLinks }): RenderedEmail {
  const [first] = input.questions;
  if (!first) throw new RangeError("A morning check email needs a question");
  const blocks: EmailBlock[] = input.questions.flatMap((question): EmailBlock[] => [
    { kind: "heading", text: question.question },
    { kind: "paragraph", text: `${question.runLabel} hurt there. 0 is no pain, 10 the worst you can imagine.` },
    { kind: "link", label: "Answer in one tap", url: question.url },
  ]);
  blocks.push(
    {
      kind: "paragraph",
      text: "Pain that has not settled by the next morning is the sign to ease off. The answer is saved as rest-day pain, which you can correct under Pain.",
    },
    { kind: "paragraph", text: DISCLAIMER },
  );
  const subject =
    input.questions.length === 1
      ? `Stridewise: ${first.question.charAt(0).toLowerCase()}${first.question.slice(1)}`
      : `Stridewise: your morning check (${input.questions.length} questions)`;
  return renderEmail({
    subject,
    blocks,
    footer: footerBlocks(
      "You get this email because you asked Stridewise to ask you at 07:30, the morning after a run with pain, how it feels. Each link answers its question once, for two days; opening it alone saves nothing.",
      input.links,
    ),
  });
}
