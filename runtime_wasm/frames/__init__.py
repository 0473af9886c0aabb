"""Tabular data from the worker to the renderer: columnar, binary, sent once.

The data family (st.dataframe, st.table, st.data_editor) and the charts family share this
package. The boundary is two calls:

    from appwasm.frames import encode_data, send_frame

    frame = encode_data(df)            # anything st.dataframe accepts -> EncodedFrame
    ref = send_frame(frame)            # posts its buffers unless the renderer has them
    dg._enqueue_element({"type": "...", "frame": ref, ...})

On the renderer, `shell/src/app/frames/frame.ts` holds the frames by hash (eager, tiny) and
`shell/src/app/frames/columns.ts` reads them (`tableOf(node.frames)` -> columns as typed-array
views; import it from a lazy chunk). The wire format is documented in `appwasm.frames.codec`;
`register_add_rows` (appwasm.elements.data.arrow) lets a chart slot take `add_rows`.
"""

from appwasm.frames.codec import EncodedFrame, FrameColumn
from appwasm.frames.convert import encode_data, to_table
from appwasm.frames.transport import frame_ref, send_frame

__all__ = ["EncodedFrame", "FrameColumn", "encode_data", "frame_ref", "send_frame", "to_table"]
