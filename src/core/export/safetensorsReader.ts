// The Python function the safetensors variant of the PyTorch script carries: Debian packages
// PyTorch but not the safetensors library, so the script reads the file itself. The format is
// simple enough that this is the whole reader.

export const SAFETENSORS_READER = `def load_safetensors(path):
    """The tensors and metadata of a .safetensors file, without the safetensors package.

    The format: 8 bytes holding the header's length (a little-endian unsigned 64-bit integer),
    the header (JSON: each tensor's dtype, shape and [start, end) byte offsets into the data,
    and an optional "__metadata__" of strings), then the data (little-endian; this reads it in
    the machine's byte order, which is little-endian on x86 and ARM).
    """
    with open(path, 'rb') as file:
        content = file.read()
    (header_length,) = struct.unpack('<Q', content[:8])
    header = json.loads(content[8:8 + header_length])
    data = bytearray(content[8 + header_length:])  # writable, as torch.frombuffer prefers
    dtypes = {'F32': torch.float32, 'F64': torch.float64}
    tensors = {}
    for name, info in header.items():
        if name == '__metadata__':
            continue
        start, end = info['data_offsets']
        tensor = torch.frombuffer(data[start:end], dtype=dtypes[info['dtype']])
        tensors[name] = tensor.reshape(info['shape'])
    return tensors, header.get('__metadata__', {})`
