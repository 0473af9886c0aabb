// st.chat_input (Enter sends, Shift+Enter adds a line; the text is the trigger's value for one
// run) and st.chat_message (a container with the author's avatar).
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { ChatInputNode, ChatMessageBlock } from "../../protocol.gen";
import { BlockChildren } from "../components/Block";
import { useApp } from "../context";
import { Icon } from "../elements/alerts";
import { registerBlock, registerElement, type BlockProps, type ElementProps } from "../elements/registry";

const MAX_ROWS_PX = 240;

function ChatInput({ node }: ElementProps<ChatInputNode>) {
  const { sendWidget } = useApp();
  const [text, setText] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);

  const fit = () => {
    const el = area.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, MAX_ROWS_PX)}px`;
  };
  useEffect(fit, [text]);

  const submit = () => {
    area.current?.focus();
    if (!text || node.disabled) return;
    sendWidget(node.id, text, node.form_id, { trigger: true });
    setText("");
  };

  return (
    <div class={`aw-chat-input${node.disabled ? " aw-disabled" : ""}`} data-position={node.position}>
      <textarea
        ref={area}
        rows={1}
        value={text}
        placeholder={node.placeholder}
        aria-label={node.placeholder || "Chat message"}
        maxLength={node.max_chars ?? undefined}
        disabled={node.disabled}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {node.max_chars !== null && text.length > 0 && (
        <span class="aw-chat-count" aria-live="polite">{`${text.length}/${node.max_chars}`}</span>
      )}
      <button type="button" class="aw-chat-send" aria-label="Send message" disabled={node.disabled || !text} onClick={submit}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M2.01 21 23 12 2.01 3 2 10l15 2-15 2z" /></svg>
      </button>
    </div>
  );
}

const USER_FACE = "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z";
const ASSISTANT_BOT =
  "M20 9V7c0-1.1-.9-2-2-2h-3c0-1.66-1.34-3-3-3S9 3.34 9 5H6c-1.1 0-2 .9-2 2v2c-1.66 0-3 1.34-3 3s1.34 3 3 3v4c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2v-4c1.66 0 3-1.34 3-3s-1.34-3-3-3zM7.5 11.5a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0zM16 17H8v-2h8v2zm-1.5-4a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3z";

function Avatar({ node }: { node: ChatMessageBlock }) {
  const buffer = (node as { buffers?: ArrayBuffer[] }).buffers?.[0];
  const dataUrl = useMemo(
    () => (node.avatar_kind === "data" && buffer ? URL.createObjectURL(new Blob([buffer], { type: node.avatar_mime ?? "" })) : null),
    [node, buffer],
  );
  useEffect(() => () => { if (dataUrl) URL.revokeObjectURL(dataUrl); }, [dataUrl]);
  const alt = `${node.name} avatar`;
  switch (node.avatar_kind) {
    case "user":
    case "assistant":
      return (
        <span class={`aw-avatar aw-avatar-${node.avatar_kind}`} role="img" aria-label={alt} data-testid={`avatar-${node.avatar_kind}`}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d={node.avatar_kind === "user" ? USER_FACE : ASSISTANT_BOT} /></svg>
        </span>
      );
    case "url":
      return <img class="aw-avatar aw-avatar-image" src={node.avatar ?? ""} alt={alt} />;
    case "data":
      return dataUrl ? <img class="aw-avatar aw-avatar-image" src={dataUrl} alt={alt} /> : <span class="aw-avatar" />;
    case "material":
      return (
        <span class="aw-avatar" role="img" aria-label={alt}>
          <Icon icon={node.avatar} />
        </span>
      );
    case "emoji":
      return <span class="aw-avatar aw-avatar-emoji" role="img" aria-label={alt}>{node.avatar}</span>;
    default:
      return <span class="aw-avatar aw-avatar-initial" aria-hidden="true">{node.name ? node.name.charAt(0).toUpperCase() : "🧑‍💻"}</span>;
  }
}

function ChatMessage({ node, tree, path }: BlockProps<ChatMessageBlock>) {
  const fromUser = ["user", "human"].includes(node.name.toLowerCase());
  return (
    <div class={`aw-chat-message${fromUser ? " aw-chat-from-user" : ""}`} data-testid="chat-message">
      <Avatar node={node} />
      <div class="aw-chat-content aw-block aw-vertical" role="group" aria-label={`Chat message from ${node.name}`}>
        <BlockChildren tree={tree} path={path} />
      </div>
    </div>
  );
}

registerElement<ChatInputNode>("chat_input", ChatInput);
registerBlock<ChatMessageBlock>("chat_message", ChatMessage);
