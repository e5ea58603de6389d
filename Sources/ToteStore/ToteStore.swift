import ToteCore
