// st.help: an object's name, type, signature or value, docstring and public members.
import type { DocStringNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";

function DocString({ node }: ElementProps<DocStringNode>) {
  return (
    <section class="aw-docstring" aria-label={`Help for ${node.name ?? node.type_name}`} data-testid="doc_string">
      <div class="aw-docstring-head">
        {node.name && <code class="aw-docstring-name">{node.name}</code>}
        {node.value && <code class="aw-docstring-value">{node.value}</code>}
        <span class="aw-docstring-type">{node.type_name}</span>
      </div>
      <pre class="aw-docstring-doc">{node.doc || "No docs available"}</pre>
      {node.members.length > 0 && (
        <table class="aw-docstring-members">
          <tbody>
            {node.members.map((m) => (
              <tr key={m.name}>
                <th scope="row"><code>{m.name}</code></th>
                <td class="aw-docstring-type">{m.type_name}</td>
                <td>{m.value !== null ? <code>{m.value}</code> : m.doc}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

registerElement<DocStringNode>("doc_string", DocString);
