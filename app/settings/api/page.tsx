import type { Metadata } from "next";
import Link from "next/link";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { referenceOperations, referenceSchemas, type ReferenceField } from "@/lib/api/reference";
import { requireUser } from "@/lib/server/session";
import { TableWrap } from "../../_components/table-wrap";

export const metadata: Metadata = { title: "API reference" };

function Fields({ label, fields, withPlace = false }: { label: string; fields: (ReferenceField & { in?: string })[]; withPlace?: boolean }) {
  return (
    <TableWrap label={label}>
      <table>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {withPlace ? <th scope="col">In</th> : null}
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={`${field.in ?? ""}${field.name}`}>
              <th scope="row">
                <code>{field.name}</code>
              </th>
              {withPlace ? <td>{field.in}</td> : null}
              <td>{field.type}</td>
              <td>{field.required ? "yes" : "no"}</td>
              <td>{field.notes || "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

const schemaLink = (name: string | null) => (name ? <a href={`#schema-${name}`}>{name}</a> : "no body");

/**
 * The JSON API described for people: the OpenAPI document (the same one /api/v1/openapi.json serves)
 * rendered on the server as plain HTML, operation by operation, then every schema.
 */
export default async function ApiReferencePage() {
  await requireUser();
  const document = buildOpenApiDocument();
  const operations = referenceOperations(document);
  const schemas = referenceSchemas(document);
  const tags = [...new Set(operations.map((op) => op.tag))];
  return (
    <>
      <h1>API reference</h1>
      <p>
        {document.info.description} The same description as an OpenAPI 3.1 document, for tools:{" "}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Make a token in <Link href="/settings">Settings</Link>.
      </p>
      <nav aria-label="API sections" className="card">
        <ul className="api-toc">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag}`}>{tag}</a>
            </li>
          ))}
          <li>
            <a href="#schemas">Schemas</a>
          </li>
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tag}</h2>
          {operations
            .filter((op) => op.tag === tag)
            .map((op) => (
              <article key={op.id} className="card api-operation" id={op.id} aria-labelledby={`${op.id}-title`} data-testid="api-operation">
                <h3 id={`${op.id}-title`}>
                  <span className={`api-method api-${op.method.toLowerCase()}`}>{op.method}</span> <code>{op.path}</code>
                </h3>
                <p>
                  {op.summary}. {op.needsToken ? "Needs a token." : "No token needed."}
                </p>
                {op.parameters.length > 0 ? <Fields label={`Parameters of ${op.method} ${op.path}`} fields={op.parameters} withPlace /> : null}
                {op.body ? (
                  <p>
                    Body: {op.body.schema ? schemaLink(op.body.schema) : "a file"} ({op.body.types.join(" or ")})
                  </p>
                ) : null}
                <dl className="api-responses">
                  {op.responses.map((response) => (
                    <div key={response.status}>
                      <dt>{response.status}</dt>
                      <dd>
                        {response.description}: {schemaLink(response.schema)}
                      </dd>
                    </div>
                  ))}
                </dl>
              </article>
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas">Schemas</h2>
        {schemas.map((schema) => (
          <article key={schema.name} className="card api-schema" id={`schema-${schema.name}`} aria-labelledby={`schema-${schema.name}-title`}>
            <h3 id={`schema-${schema.name}-title`}>
              <code>{schema.name}</code>
            </h3>
            {schema.fields.length > 0 ? <Fields label={`Fields of ${schema.name}`} fields={schema.fields} /> : <p>{schema.type}</p>}
          </article>
        ))}
      </section>
    </>
  );
}
