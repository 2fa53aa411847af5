/** A seed example of the studio and CLI: one scenario of Istio's ServiceEntry reference page. */
export interface SeedExample {
  /** Folder name under fixtures/examples, e.g. `04-egress-gateway-httpbin`; used in URLs (`/?example=…`). */
  id: string;
  title: string;
  /** The paragraph that introduces the example on Istio's reference page. */
  description: string;
  /** Kinds of its documents, in first-seen order. */
  kinds: string[];
  docsUrl: string;
  /** The example as published, in each API version the page shows (v1 is v1beta1 with the apiVersion changed). */
  texts: { v1alpha3: string; v1beta1: string };
}
